package cn.lianxi.liaison.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.repository.CaseSnapshotRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Keeps each case's amounts (owed, recovered) from the snapshot its events carry, so a deduction answer can be held
 * to what the case still owes. Routed events keep theirs in the consumer's transaction; the events that only move the
 * amounts (a payment, an outcome case-service recorded) are read for nothing else.
 */
@ApplicationScoped
public class CaseSnapshots {

    private static final Logger LOG = Logger.getLogger(CaseSnapshots.class);

    /** Kinds that concern no agency but change what the case still owes. */
    private static final Set<CaseEventKind> AMOUNT_KINDS = Set.of(CaseEventKind.PAYMENT_RECEIVED,
            CaseEventKind.OUTCOME_RECORDED);
    private static final Set<String> AMOUNT_TYPES = Set.of(CaseEventKind.PAYMENT_RECEIVED.ceType(),
            CaseEventKind.OUTCOME_RECORDED.ceType());

    private final CaseSnapshotRepository snapshots;
    private final ContractCheck contract;
    private final Json json;

    public CaseSnapshots(CaseSnapshotRepository snapshots, ContractCheck contract, Json json) {
        this.snapshots = snapshots;
        this.contract = contract;
        this.json = json;
    }

    /** Whether a record of this CloudEvents type that routes nowhere is still read for its amounts. */
    public static boolean movesAmounts(String ceType) {
        return AMOUNT_TYPES.contains(ceType);
    }

    public static boolean movesAmounts(CaseEventKind kind) {
        return AMOUNT_KINDS.contains(kind);
    }

    /** Keeps the event's amounts; runs in the caller's transaction. */
    public Uni<Void> keep(CaseEvent e) {
        return snapshots.keep(e);
    }

    /**
     * Keeps the amounts of a record that routes nowhere, in a transaction of its own. Such a record concerns no
     * agency, so one that cannot be read is skipped (logged), not dead-lettered: the next readable event of the case
     * brings its amounts anyway.
     */
    @WithTransaction
    public Uni<Void> keepRecord(String record) {
        CaseEvent event;
        try {
            event = contract.valid(json.read(record, CaseEvent.class));
        } catch (RuntimeException e) {
            LOG.debugf("case event without readable amounts skipped: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return snapshots.keep(event);
    }
}
