package cn.lianxi.cases.service;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.contracts.Officer;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.inbox.ProcessedEvents;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The frame of a court officer's step on one case outside the court-event intake (a 报告财产令, a reward notice):
 * one transaction that locks the case, hides another court's case (404), lets the rule decide the change, writes it
 * (timeline entries and published case events, {@link CaseChangeWriter}) and an audit entry.
 */
@ApplicationScoped
public class CaseSteps {

    /** Who takes a step: the token's name, the court it is bound to (null: every court) and the officer. */
    public record Actor(String name, String scope, Officer officer) {
    }

    /** What a step decided: the change to write, the audit action and detail (no personal data), the answer. */
    public record Decided<T>(CaseChange change, String action, String auditDetail, T answer) {
    }

    /**
     * A step's {@code Idempotency-Key} (null: none was sent), the step as the ledger fingerprints it (its action,
     * target and body), and how to answer a re-send: what the first one did, read back.
     */
    public record Keyed<T>(String idempotencyKey, String canonical, Supplier<Uni<T>> again) {
    }

    /** The idempotency ledger of these steps (service-kit {@code processed_event}). */
    static final String STEPS = "case-steps";

    private final CaseRepository cases;
    private final CaseChangeWriter writer;
    private final AuditLog audit;
    private final ProcessedEvents processed;

    public CaseSteps(CaseRepository cases, CaseChangeWriter writer, AuditLog audit, ProcessedEvents processed) {
        this.cases = cases;
        this.writer = writer;
        this.audit = audit;
        this.processed = processed;
    }

    /** Runs {@code rule} on the locked case {@code caseId} in a transaction and writes what it decided. */
    public <T> Uni<T> run(UUID caseId, Actor actor, Function<EnforcementCase, Uni<Decided<T>>> rule) {
        return Panache.withTransaction(() -> step(caseId, actor, rule));
    }

    /** {@link #run} made safe to re-send by the caller's {@code Idempotency-Key} ({@link #once}). */
    public <T> Uni<T> run(UUID caseId, Actor actor, Keyed<T> keyed, Function<EnforcementCase, Uni<Decided<T>>> rule) {
        return once(actor, keyed, () -> step(caseId, actor, rule));
    }

    /**
     * Runs {@code first} in a transaction of its own unless {@code keyed}'s key, scoped to the actor, was seen with
     * the same step before ({@link KeyedSteps#once}): then it answers {@code keyed.again()}, and with another step
     * or body it is a 409 {@code conflicting-duplicate}.
     */
    public <T> Uni<T> once(Actor actor, Keyed<T> keyed, Supplier<Uni<T>> first) {
        return KeyedSteps.once(processed, STEPS, KeyedSteps.scoped(keyed.idempotencyKey(), actor.name()),
                keyed.canonical(), first, keyed.again());
    }

    /**
     * {@link #run} on a case of {@code scope}, wider than the actor's own court (an intermediate court's division
     * head steering the cases of the courts it leads, 三统一).
     */
    public <T> Uni<T> run(UUID caseId, CourtScope scope, Actor actor,
            Function<EnforcementCase, Uni<Decided<T>>> rule) {
        return Panache.withTransaction(() -> step(caseId, scope, actor, rule));
    }

    /** {@link #run}'s step in the caller's transaction. */
    public <T> Uni<T> step(UUID caseId, Actor actor, Function<EnforcementCase, Uni<Decided<T>>> rule) {
        return step(caseId, CourtScope.of(actor.scope()), actor, rule);
    }

    private <T> Uni<T> step(UUID caseId, CourtScope scope, Actor actor,
            Function<EnforcementCase, Uni<Decided<T>>> rule) {
        return cases.findVisibleForUpdate(caseId, scope).chain(rule::apply)
                .chain(d -> writer.write(d.change(), null, actor.name())
                .call(() -> audit.append(actor.name(), d.action(), caseId.toString(), d.auditDetail()))
                .replaceWith(d.answer()));
    }

    /** The case if {@code scope} may see it, in the caller's session; another court's is reported absent. */
    public Uni<EnforcementCase> visible(UUID caseId, String scope) {
        return cases.findVisible(caseId, CourtScope.of(scope));
    }
}
