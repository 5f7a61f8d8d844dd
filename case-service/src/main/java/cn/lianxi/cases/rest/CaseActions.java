package cn.lianxi.cases.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.ApprovalRequest;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.SupervisedAction;
import cn.lianxi.cases.service.CaseQueries;
import cn.lianxi.cases.service.CourtEventIntake;
import cn.lianxi.cases.service.IntakeResult;
import cn.lianxi.cases.service.KeyedSteps;
import cn.lianxi.cases.service.IssuedCode;
import cn.lianxi.cases.service.SupervisionRules;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Turns a REST action of court staff into the court event of the same kind (the contract record) and runs it
 * through the intake, so an action and a court system's event are validated and applied by the same code. An
 * {@code Idempotency-Key} header, scoped to the caller, becomes the event id: re-sending the action changes nothing.
 */
@ApplicationScoped
public class CaseActions {

    private final CourtEventIntake intake;
    private final CaseQueries queries;
    private final Caller caller;
    private final AuditLog audit;
    private final Approvals approvals;

    public CaseActions(CourtEventIntake intake, CaseQueries queries, Caller caller, AuditLog audit,
            Approvals approvals) {
        this.intake = intake;
        this.queries = queries;
        this.caller = caller;
        this.audit = audit;
        this.approvals = approvals;
    }

    /** What an action that may need a second officer did: the case after it, or the request for approval waiting. */
    public record Outcome(EnforcementCase applied, ApprovalRequest pending) {
    }

    /** A case just filed, and its parties' query codes (查询码): none when the filing was a repeat of an earlier one. */
    public record Filing(EnforcementCase enforcementCase, List<IssuedCode> queryCodes) {
    }

    /** 立案 in the caller's court. */
    public Uni<Filing> file(FileCaseRequest request, String idempotencyKey) {
        String court = caller.requireCourt();
        return applied(request.toEvent(stamp(court, null, idempotencyKey)))
                .chain(result -> queries.visible(result.caseId(), CourtScope.of(court))
                        .map(c -> new Filing(c, result.queryCodes() == null ? List.of() : result.queryCodes())));
    }

    /** An action on case {@code id}, which must be of the caller's court. */
    public Uni<EnforcementCase> act(UUID id, ActionRequests.Action action, String idempotencyKey) {
        String court = caller.requireCourt();
        return queries.visible(id, CourtScope.of(court))
                .chain(c -> submit(action.toEvent(stamp(c.courtCode, c.caseNumber, idempotencyKey)), court));
    }

    /**
     * An action on case {@code id} that may be a supervised one (制度铁笼, {@link SupervisionRules#supervised}): when
     * the configuration puts it under approval, {@code body} is kept as a request for a second officer instead of
     * being applied; otherwise it is applied as {@link #act} does.
     */
    public Uni<Outcome> actSupervised(UUID id, Record body, ActionRequests.Action action, String idempotencyKey) {
        String court = caller.requireCourt();
        return queries.visible(id, CourtScope.of(court)).chain(c -> {
            ActionRequests.Stamp stamp = stamp(c.courtCode, c.caseNumber, idempotencyKey);
            CourtCaseEvent event = action.toEvent(stamp);
            Optional<SupervisedAction> supervised = SupervisionRules.supervised(event, c)
                    .filter(approvals::required);
            return supervised.isPresent()
                    ? approvals.request(c, supervised.get(), body, stamp, event, idempotencyKey)
                            .map(pending -> new Outcome(null, pending))
                    : submit(event, court).map(applied -> new Outcome(applied, null));
        });
    }

    /** A look-up by ID number reads personal data: it is audited (with the number masked). */
    public Uni<Void> auditLookup(String idNumber) {
        return Panache.withTransaction(() -> audit.append(caller.name(), "case.respondent-lookup",
                "respondent:" + IdentityNumbers.mask(idNumber), "by respondent ID number"));
    }

    /**
     * The key, scoped to the caller ({@code <key>@<caller>}), is the event id: a repeated action with the same body
     * is a duplicate answered with the case, the same key with another body is refused 409 naming it, and two
     * officers who happen to choose the same key do not collide.
     */
    private ActionRequests.Stamp stamp(String court, String caseNumber, String idempotencyKey) {
        String scoped = KeyedSteps.scoped(idempotencyKey, caller.name());
        String eventId = scoped != null ? scoped : "rest-" + UUID.randomUUID();
        return new ActionRequests.Stamp(eventId, court, caseNumber, caller.name(), caller.officer());
    }

    private Uni<EnforcementCase> submit(CourtCaseEvent event, String court) {
        return applied(event).chain(result -> queries.visible(result.caseId(), CourtScope.of(court)));
    }

    /** The intake's answer when it applied the event (or had before); its problem when it refused it. */
    private Uni<IntakeResult> applied(CourtCaseEvent event) {
        return intake.submit(event, caller.name(), CourtEventIntake.Channel.REST).chain(result -> result.isRejected()
                ? Uni.createFrom().failure(result.toProblem())
                : Uni.createFrom().item(result));
    }
}
