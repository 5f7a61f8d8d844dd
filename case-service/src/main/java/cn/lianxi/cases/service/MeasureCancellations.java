package cn.lianxi.cases.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CaseMeasure;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.inbox.ProcessedEvents;
import io.smallrye.mutiny.Uni;

/**
 * 撤销: the cancellation of a measure of the case its agency has not answered yet (制度铁笼: under supervision it
 * needs a second officer's approval, {@code SupervisedAction.MEASURE_CANCELLATION}). It is published as a
 * {@link CaseEventDetail.MeasureCancelled} for liaison to withdraw the measure's open referrals, and is a step of the
 * case's timeline; an answered measure stands (409 {@code already-answered} naming {@code requestId}).
 */
@ApplicationScoped
public class MeasureCancellations {

    private final MeasureRegister register;
    private final CaseChangeWriter writer;
    private final CaseRepository cases;
    private final ProcessedEvents processed;
    private final AuditLog audit;
    private final Clock clock;

    public MeasureCancellations(MeasureRegister register, CaseChangeWriter writer, CaseRepository cases,
            ProcessedEvents processed, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.processed = processed;
        this.register = register;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses at once a cancellation of no pending measure of case {@code c}; runs in a session. */
    public Uni<CaseMeasure> check(EnforcementCase c, String requestId) {
        return register.pending(c.id, requestId);
    }

    /** A cancellation the configuration does not supervise: applied at once, in a transaction of its own. */
    public Uni<EnforcementCase> cancelAlone(UUID caseId, String requestId, String reason, MeasureStep s) {
        String eventId = s.requestId();
        return KeyedSteps.once(processed, PersonAndAssetOrders.STEPS, s.scopedKey(), "cancel " + caseId + " "
                + requestId + " " + reason, () -> cases.findByIdForUpdate(caseId)
                        .chain(c -> cancel(c, requestId, reason, s.actor(), null, eventId)),
                () -> cases.findById(caseId));
    }

    /**
     * Cancels the measure {@code requestId} of the locked case {@code c}, checked again now (the agency may have
     * answered since the request), in the caller's transaction; {@code approvedBy} null when no approval was needed.
     */
    public Uni<EnforcementCase> cancel(EnforcementCase c, String requestId, String reason, String requestedBy,
            String approvedBy, String eventId) {
        return register.pending(c.id, requestId).chain(m -> {
            m.state = CaseMeasure.State.CANCELLED;
            m.updatedAt = clock.instant();
            return writer.write(CaseChange.of(c).step("撤销 " + m.referralKind + " order " + requestId
                    + " cancelled: " + reason + " (requested by " + requestedBy
                    + (approvedBy == null ? "" : ", approved by " + approvedBy) + ")",
                    new CaseEventDetail.MeasureCancelled(requestId, m.referralKind, reason, requestedBy, approvedBy)),
                    eventId, approvedBy != null ? approvedBy : requestedBy)
                    .call(() -> audit.append(approvedBy != null ? approvedBy : requestedBy, "case.measure-cancelled",
                            c.id.toString(), "requestId=" + requestId + "; requestedBy=" + requestedBy
                                    + "; approvedBy=" + approvedBy));
        });
    }
}
