package cn.lianxi.liaison.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.inbox.TransientFailures;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.service.CaseEventRouter;
import cn.lianxi.liaison.service.CaseSnapshots;
import cn.lianxi.kit.seal.CourtSeals;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code enforcement.cases.v1}. Most records (payments, listings, recorded outcomes) concern no agency:
 * they are skipped by their CloudEvents type before being parsed, except payments and recorded outcomes, read only
 * for the case's amounts ({@link CaseSnapshots}); every routed event keeps its amounts too. The others are checked against the contract; each
 * event's referrals and its processed-event row commit together, so a redelivered event creates nothing new. An
 * unreadable or invalid record, or a reused event id with other content, goes to the dead-letter topic with the
 * reason at once. Kinds it does not use are skipped that way too; a {@code COURT_TRANSFERRED} (交叉执行, 提级执行)
 * moves the case's referrals to the new court. Every event it acts on must bear its court's seal
 * ({@link CourtSeals}); a refused seal dead-letters the record with {@code invalid-seal: <reason>}.
 */
@ApplicationScoped
public class CaseEventConsumer {

    static final String CONSUMER = "agency-liaison-service/case-events";
    private static final String COURT_TRANSFERRED = CaseEventKind.COURT_TRANSFERRED.ceType();

    private final ProcessedEvents processed;
    private final CaseEventRouter router;
    private final ContractCheck contract;
    private final Json json;
    private final CaseSnapshots snapshots;
    private final CourtSeals seals;

    public CaseEventConsumer(ProcessedEvents processed, CaseEventRouter router, ContractCheck contract, Json json,
            CaseSnapshots snapshots, CourtSeals seals) {
        this.seals = seals;
        this.snapshots = snapshots;
        this.processed = processed;
        this.router = router;
        this.contract = contract;
        this.json = json;
    }

    @Incoming("case-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        String ceType = ProcessedEvents.ceType(record);
        if (COURT_TRANSFERRED.equals(ceType)) {
            return courtTransferred(seals.admit(contract.valid(json.read(record.value(), CaseEvent.class))));
        }
        if (ceType != null && !CaseEventRouter.routesType(ceType)) {
            return CaseSnapshots.movesAmounts(ceType) ? keepAmounts(record) : Uni.createFrom().voidItem();
        }
        CaseEvent event = json.read(record.value(), CaseEvent.class);
        // a record without its detail has no kind: the contract check names what is missing
        if (event.detail() != null && !CaseEventRouter.routes(event.kind())) {
            return CaseSnapshots.movesAmounts(event.kind()) ? keepAmounts(record) : Uni.createFrom().voidItem();
        }
        contract.valid(event);
        CaseEvent admitted = seals.admit(event);
        // the case's amounts as this event tells them: what a deduction answer may still take
        return processed.once(CONSUMER, event.eventId().toString(), event,
                () -> snapshots.keep(event).chain(() -> router.route(admitted)));
    }

    /**
     * 交叉执行 / 提级执行: the case's referrals and 拒执 leads follow it to its new court (the envelope's
     * {@code courtCode}), so the new court's staff see them and the old court's no longer do; once per event id.
     */
    private Uni<Void> courtTransferred(CaseEvent event) {
        return processed.once(CONSUMER, event.eventId().toString(), event, () -> Panache.getSession()
                .chain(session -> session.createNativeQuery("UPDATE referral SET court_code = :court "
                        + "WHERE case_id = :caseId").setParameter("court", event.courtCode())
                        .setParameter("caseId", event.caseId()).executeUpdate()
                        .chain(() -> session.createNativeQuery("UPDATE criminal_referral SET court_code = :court "
                                + "WHERE case_id = :caseId").setParameter("court", event.courtCode())
                                .setParameter("caseId", event.caseId()).executeUpdate()))
                .replaceWithVoid());
    }

    /**
     * The amounts of a record that routes nowhere, in their own transaction: run again while PostgreSQL restarts
     * (a connection reset is no reason to dead-letter a payment or an outcome), like every other consumer's work.
     */
    private Uni<Void> keepAmounts(ConsumerRecord<String, String> record) {
        return TransientFailures.retried(() -> snapshots.keepRecord(record.value()));
    }

}
