package cn.lianxi.credit.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.credit.LiftingApproval;
import cn.lianxi.credit.service.LiftingApprovals;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Requests for approval of early liftings (审批, 制度铁笼), of one sanction or of a case's sanctions at once: the queue
 * and a second credit officer's decision. Who may decide is a credit officer holding one of the configuration's
 * approver roles, never the requester (403 {@code self-approval}); the office, auditors and admins read. Credit
 * officers are not bound to a court, so there is no court scoping; court staff and agencies have no access.
 */
@Path("/lifting-approvals")
@Tag(name = "lifting approvals")
public class LiftingApprovalResource {

    private static final String ID = "{id: [0-9a-fA-F-]{36}}";

    /** A rejection's reason, kept with the request and in the audit log. */
    public record Rejection(@NotBlank @Size(max = 500) String reason) {
    }

    private final LiftingApprovals approvals;
    private final Caller caller;

    public LiftingApprovalResource(LiftingApprovals approvals, Caller caller) {
        this.approvals = approvals;
        this.caller = caller;
    }

    /**
     * The answer to an officer's lifting: 202 with the request, Location naming it, when the lifting was put under
     * approval ({@code pending} not null); else {@code lift}, run now, 200 with what it answers.
     */
    static Uni<Response> acceptedOrLifted(LiftingApproval pending, Supplier<Uni<?>> lift) {
        if (pending != null) {
            return Uni.createFrom().item(Response.accepted(LiftingApprovalView.of(pending))
                    .location(URI.create("/lifting-approvals/" + pending.id)).build());
        }
        return lift.get().map(view -> Response.ok(view).build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Requests for approval of early liftings, by status, the longest waiting first")
    public Uni<List<LiftingApprovalView>> list(@QueryParam("status") LiftingApproval.Status status) {
        return approvals.list(status).map(list -> list.stream().map(LiftingApprovalView::of).toList());
    }

    @GET
    @Path(ID)
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One request for approval")
    public Uni<LiftingApprovalView> get(@PathParam("id") UUID id) {
        return approvals.get(id).map(LiftingApprovalView::of);
    }

    @POST
    @Path(ID + "/approval")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Approve (同意): the lifting runs as requested, in the same transaction; not by the "
            + "requester (403 self-approval)")
    public Uni<LiftingApprovalView> approve(@PathParam("id") UUID id) {
        return approvals.get(id).chain(a -> approvals.approve(id, caller.name(),
                approvals.approverRoleOf(a, caller::hasRole))).map(LiftingApprovalView::of);
    }

    @POST
    @Path(ID + "/rejection")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Reject (驳回) with the reason: the sanction stays; not by the requester")
    public Uni<LiftingApprovalView> reject(@PathParam("id") UUID id, @NotNull @Valid Rejection body) {
        return approvals.get(id).chain(a -> approvals.reject(id, body.reason(), caller.name(),
                approvals.approverRoleOf(a, caller::hasRole))).map(LiftingApprovalView::of);
    }
}
