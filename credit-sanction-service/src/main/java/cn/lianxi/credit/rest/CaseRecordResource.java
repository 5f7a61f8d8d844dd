package cn.lianxi.credit.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.credit.mapping.CreditMapper;
import cn.lianxi.credit.service.CaseRecords;
import cn.lianxi.credit.service.LiftingApprovals;
import cn.lianxi.credit.service.SanctionLifting;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The cases this service has heard of (recorded from {@code enforcement.cases.v1}), and case-wide lifting, supervised
 * as one sanction's lifting is ({@link LiftingApprovals}). Credit officers are not bound to a court, so there is no
 * court scoping; court staff and agencies have no access.
 */
@Path("/sanctions/cases")
@Tag(name = "cases")
public class CaseRecordResource {

    private final CaseRecords records;
    private final SanctionLifting lifting;
    private final LiftingApprovals approvals;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;

    public CaseRecordResource(CaseRecords records, SanctionLifting lifting, LiftingApprovals approvals, AuditLog audit,
            Caller caller, Clock clock) {
        this.records = records;
        this.lifting = lifting;
        this.approvals = approvals;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/{caseId}")
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A case as recorded from its events, with its respondents")
    public Uni<CaseRecordView> get(@PathParam("caseId") UUID caseId) {
        return records.get(caseId).chain(c -> records.respondents(caseId).map(r -> CreditMapper.toView(c, r)));
    }

    @POST
    @Path("/{caseId}/lifting")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Lift the case's sanctions at once for a legal reason (e.g. the applicant's request); listings "
            + "with a fixed term stay on an art. 10 ground (art. 10 para. 2). When it would lift a listing before its "
            + "term or before performance, or a restriction before performance, the whole lifting waits for a second "
            + "officer: 202 with one request for approval for the case (制度铁笼)")
    @APIResponse(responseCode = "200", description = "Lifted", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LiftResult.class)))
    @APIResponse(responseCode = "202", description = "Early: a request for approval; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = LiftingApprovalView.class)))
    public Uni<Response> liftCase(@PathParam("caseId") UUID caseId, @NotNull @Valid LiftRequest request) {
        var reason = SanctionLifting.officerReason(request.reason());
        return approvals.requestIfEarly(LiftingApprovals.Lifting.ofCase(caseId, reason, request.note()), caller.name())
                .chain(pending -> LiftingApprovalResource.acceptedOrLifted(pending, () -> records.get(caseId)
                        .call(c -> audit.append(caller.name(), "case-lifting-requested", caseId.toString(),
                                "reason=" + reason))
                        .chain(c -> lifting.liftCaseNow(c, reason, caller.name()))
                        .map(n -> new LiftResult(caseId, reason.name(), n,
                                lifting.dueAfter(PlatformClock.today(clock))))));
    }

    /** What a case-wide lifting did. */
    public record LiftResult(UUID caseId, String reason, int lifted, LocalDate dueBy) {
    }
}
