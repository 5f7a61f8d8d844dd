package cn.lianxi.cases.rest;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.ApprovalRequest;
import cn.lianxi.cases.ApprovalStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.SupervisedAction;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.cases.config.SupervisionConfig;
import cn.lianxi.cases.repository.ApprovalRepository;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.service.CaseChange;
import cn.lianxi.cases.service.CaseChangeWriter;
import cn.lianxi.cases.service.CourtEventIntake;
import cn.lianxi.cases.service.KeyedSteps;
import cn.lianxi.cases.service.MeasureCancellations;
import cn.lianxi.cases.service.Page;
import cn.lianxi.cases.service.SupervisionRules;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.Officer;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.persistence.Detached;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Supervision of enforcement power (制度铁笼): a sensitive action (终本, an unfreeze before performance; see
 * {@link SupervisionRules#supervised}; the cancellation of a measure, {@link MeasureCancellations}) that the configuration puts under approval is not applied but kept as a request
 * (审批); another officer of the case's court with an approver role approves it, and the very action asked for is then
 * applied through the court-event intake in the approval's transaction, or rejects it with a reason. Each step is a
 * timeline note of the case and an audit entry naming both officers. {@code Idempotency-Key}s work as for the case
 * actions ({@link KeyedSteps}).
 */
@ApplicationScoped
public class Approvals {

    /** The idempotency ledger's consumer name for requests and decisions. */
    static final String STEPS = "approval-steps";

    /** APPROVAL_REQUESTED, APPROVAL_GRANTED, APPROVAL_REJECTED: who asked, who decided, no personal data. */
    public record Noted(UUID approvalId, SupervisedAction action, String requestedBy, String decidedBy,
            String reason) {
    }

    private final ApprovalRepository approvals;
    private final CaseRepository cases;
    private final CourtEventIntake intake;
    private final CaseChangeWriter writer;
    private final ProcessedEvents processed;
    private final AuditLog audit;
    private final SupervisionConfig config;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final Clock clock;
    private final MeasureCancellations cancellations;

    public Approvals(ApprovalRepository approvals, CaseRepository cases, CourtEventIntake intake,
            CaseChangeWriter writer, ProcessedEvents processed, AuditLog audit, SupervisionConfig config,
            ObjectMapper mapper, Caller caller, Clock clock, MeasureCancellations cancellations) {
        this.cancellations = cancellations;
        this.approvals = approvals;
        this.cases = cases;
        this.intake = intake;
        this.writer = writer;
        this.processed = processed;
        this.audit = audit;
        this.config = config;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
    }

    /** Whether the configuration puts {@code action} under approval. */
    public boolean required(SupervisedAction action) {
        return config.of(action).required();
    }

    /**
     * Keeps {@code body} (the action's REST body) as a request for approval on case {@code c}, to be applied with
     * {@code stamp}'s event id and officer once approved. The action is first rehearsed: applied to the case in a
     * transaction that is then rolled back, so a request the case's rules refuse (终本 without its prerequisites) is
     * refused at once with the same problem a direct action gets, and no approver is asked for something that
     * cannot happen. Approval applies it again, against the case as it then is.
     */
    public Uni<ApprovalRequest> request(EnforcementCase c, SupervisedAction action, Record body,
            ActionRequests.Stamp stamp, CourtCaseEvent event, String idempotencyKey) {
        return requestChecked(c, action, body, stamp, idempotencyKey, () -> rehearse(event, stamp.officer()));
    }

    /**
     * Keeps {@code body} as a request for approval, as {@link #request} does, once {@code check} passed: an action
     * that is no court event (the cancellation of a measure) checks its own rules instead of a rehearsal.
     */
    public Uni<ApprovalRequest> requestChecked(EnforcementCase c, SupervisedAction action, Record body,
            ActionRequests.Stamp stamp, String idempotencyKey, Supplier<Uni<Void>> check) {
        String key = idempotencyKey == null ? null : stamp.eventId();
        // with a key the request's id follows from it, so a re-sent request finds the one it created
        UUID id = KeyedSteps.idOf("approval", key);
        String json = json(body);
        return check.get().chain(() -> KeyedSteps.once(processed, STEPS, key, "request " + c.id + " " + action + " " + json,
                () -> cases.findByIdForUpdate(c.id).chain(locked -> {
                    ApprovalRequest a = newRequest(id, locked, action, json, stamp);
                    return approvals.persist(a).chain(() -> write(locked, a, TimelineNote.APPROVAL_REQUESTED,
                            "approval.requested", "审批 申请 " + action.key() + " requested by " + a.requestedBy
                                    + ", awaiting a second officer", null, key));
                }), () -> found(id, c.courtCode)));
    }

    /** Thrown to roll the rehearsal back; never seen outside {@link #rehearse}. */
    private static final class Rehearsed extends RuntimeException {
        Rehearsed() {
            super("rehearsal rolled back", null, false, false);
        }
    }

    /** The action applied and rolled back: fails with the case rule's problem when the case refuses it. */
    private Uni<Void> rehearse(CourtCaseEvent event, String actor) {
        return Detached.of(Panache.withTransaction(() -> intake.applyApproved(event, actor)
                .chain(() -> Uni.createFrom().<Void>failure(new Rehearsed()))))
                .onFailure(Rehearsed.class).recoverWithNull();
    }

    /** A second officer's approval: the action is applied as requested, in this transaction, or nothing is. */
    public Uni<ApprovalRequest> approve(UUID id, String idempotencyKey) {
        return decide(id, "approve", null, idempotencyKey, (a, c, key) -> {
            a.status = ApprovalStatus.APPROVED;
            return write(c, a, TimelineNote.APPROVAL_GRANTED, "approval.approved", "审批 同意 " + a.action.key()
                    + " requested by " + a.requestedBy + " approved by " + a.decidedBy, null, key)
                    .chain(() -> applyApproved(a, c))
                    .replaceWith(a);
        });
    }

    /** A second officer's rejection, with the reason: the case stays as it is. */
    public Uni<ApprovalRequest> reject(UUID id, String reason, String idempotencyKey) {
        return decide(id, "reject", reason, idempotencyKey, (a, c, key) -> {
            a.status = ApprovalStatus.REJECTED;
            a.rejectionReason = reason;
            return write(c, a, TimelineNote.APPROVAL_REJECTED, "approval.rejected", "审批 驳回 " + a.action.key()
                    + " requested by " + a.requestedBy + " rejected by " + a.decidedBy + ": " + reason, reason, key);
        });
    }

    /** The request if the scope (the caller's court, null for the office and auditors) may see it. */
    public Uni<ApprovalRequest> visible(UUID id, String scope) {
        return Panache.withSession(() -> found(id, scope));
    }

    public Uni<Page<ApprovalRequest>> queue(String court, ApprovalStatus status, int page, int size) {
        return Page.read(() -> approvals.queue(court, status, page, size), () -> approvals.count(court, status));
    }

    /** What a decision does to the locked request and case, once the decider is checked. */
    private interface Decision {
        Uni<ApprovalRequest> apply(ApprovalRequest a, EnforcementCase c, String key);
    }

    private Uni<ApprovalRequest> decide(UUID id, String step, String reason, String idempotencyKey,
            Decision decision) {
        String decider = caller.name();
        String scope = caller.requireCourt();
        // the caller's roles are read now, while the request is current
        Set<SupervisedAction> approvable = EnumSet.noneOf(SupervisedAction.class);
        for (SupervisedAction action : SupervisedAction.values()) {
            if (config.of(action).approverRoles().stream().anyMatch(caller::hasRole)) {
                approvable.add(action);
            }
        }
        String key = KeyedSteps.scoped(idempotencyKey, decider);
        Supplier<Uni<ApprovalRequest>> first = () -> approvals.findByIdForUpdate(id).chain(a -> {
            if (a == null || !a.visibleTo(scope)) {
                throw ProblemException.notFound("approval request");
            }
            SupervisionRules.checkDecider(a, decider, approvable.contains(a.action));
            return cases.findByIdForUpdate(a.caseId).chain(c -> {
                a.decidedBy = decider;
                a.decidedAt = clock.instant();
                return decision.apply(a, c, key);
            });
        });
        return KeyedSteps.once(processed, STEPS, key, step + " " + id + " " + reason, first, () -> found(id, scope));
    }

    /** The step's note on the case timeline and its audit entry (subject: the case), naming both officers. */
    private Uni<ApprovalRequest> write(EnforcementCase c, ApprovalRequest a, TimelineNote note, String auditAction,
            String summary, String reason, String eventId) {
        String actor = a.decidedBy != null ? a.decidedBy : a.requestedBy;
        return writer.write(CaseChange.of(c).note(note, summary, new Noted(a.id, a.action, a.requestedBy,
                a.decidedBy, reason)), eventId, actor)
                .call(() -> audit.append(actor, auditAction, c.id.toString(), "approval=" + a.id + "; action="
                        + a.action.key() + "; requestedBy=" + a.requestedBy + "; decidedBy=" + a.decidedBy
                        + "; status=" + a.status))
                .replaceWith(a);
    }

    /** The approved action, applied as its requester asked, in the approval's transaction. */
    private Uni<?> applyApproved(ApprovalRequest a, EnforcementCase c) {
        if (a.action == SupervisedAction.MEASURE_CANCELLATION) {
            MeasureRequests.Cancellation body = read(a.body, MeasureRequests.Cancellation.class);
            return cancellations.cancel(c, body.requestId(), body.reason(), a.requestedBy, a.decidedBy, a.eventId);
        }
        return intake.applyApproved(action(a).toEvent(stamp(a)), a.requestedBy);
    }

    /** The action as it was requested: its stored body read back into its {@code ActionRequests} record. */
    private ActionRequests.Action action(ApprovalRequest a) {
        return switch (a.action) {
            case TERMINATION_OF_THIS_ROUND -> read(a.body, ActionRequests.Transition.class);
            case UNFREEZE_BEFORE_PERFORMANCE -> read(a.body, ActionRequests.AccountMeasure.class).unfreeze();
            // a cancellation is no court event: applyApproved applies it before it would get here
            case MEASURE_CANCELLATION -> throw new IllegalStateException("a measure cancellation is no court event");
        };
    }

    /** The requester's stamp: the action is theirs, applied as if they had applied it directly. */
    private static ActionRequests.Stamp stamp(ApprovalRequest a) {
        return new ActionRequests.Stamp(a.eventId, a.courtCode, a.caseNumber, a.requestedBy,
                new Officer(a.requesterOfficerId, a.requesterOfficerName));
    }

    private ApprovalRequest newRequest(UUID id, EnforcementCase c, SupervisedAction action, String json,
            ActionRequests.Stamp stamp) {
        ApprovalRequest a = new ApprovalRequest();
        a.id = id;
        a.caseId = c.id;
        a.courtCode = c.courtCode;
        a.caseNumber = c.caseNumber;
        a.action = action;
        a.body = json;
        a.eventId = stamp.eventId();
        a.status = ApprovalStatus.PENDING;
        a.requestedBy = stamp.officer();
        a.requesterOfficerId = stamp.orderedBy().id();
        a.requesterOfficerName = stamp.orderedBy().name();
        a.requestedAt = clock.instant();
        return a;
    }

    private Uni<ApprovalRequest> found(UUID id, String scope) {
        return approvals.findById(id).map(a -> {
            if (a == null || !a.visibleTo(scope)) {
                throw ProblemException.notFound("approval request");
            }
            return a;
        });
    }

    private String json(Record body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an action body is not serialisable", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored action body does not read back as " + type.getSimpleName(), e);
        }
    }
}
