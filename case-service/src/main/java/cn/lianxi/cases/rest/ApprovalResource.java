package cn.lianxi.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.ApprovalStatus;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Requests for approval (审批, 制度铁笼): a court's queue and a second officer's decision. Court staff see and decide
 * their own court's requests only (another court's is 404, its queue 403); who may decide is the configuration's
 * approver roles, never the requester (403 {@code self-approval}). The office, auditors and admins read every court's.
 */
@Path("/approvals")
@Tag(name = "approvals")
public class ApprovalResource {

    private static final String ID = "{aid: [0-9a-fA-F-]{36}}";
    private static final String KEY = "Idempotency-Key";

    /** A rejection's reason, told to the requester and kept on the case's timeline. */
    public record Rejection(@NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
    }

    private final Approvals approvals;
    private final Caller caller;

    public ApprovalResource(Approvals approvals, Caller caller) {
        this.approvals = approvals;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Requests for approval (the caller's court for court staff), the longest waiting first; "
            + "total count in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of requests",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ApprovalView.class)),
            headers = { @Header(name = "X-Total-Count", description = "the number of matches",
                    schema = @Schema(type = SchemaType.INTEGER)) })
    public Uni<Response> queue(@QueryParam("court") String court, @QueryParam("status") ApprovalStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return approvals.queue(CourtScope.ownCourt(caller).narrow(court, "requests for approval").court(), status,
                page, size)
                .map(found -> PageResponses.of(found, ApprovalView::of));
    }

    @GET
    @Path(ID)
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One request for approval")
    public Uni<ApprovalView> get(@PathParam("aid") UUID id) {
        return approvals.visible(id, CourtScope.ownCourt(caller).court()).map(ApprovalView::of);
    }

    @POST
    @Path(ID + "/approval")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Approve (同意): the action is applied as requested, in the same transaction; "
            + "not by the requester (403 self-approval)")
    public Uni<ApprovalView> approve(@PathParam("aid") UUID id, @HeaderParam(KEY) String key) {
        return approvals.approve(id, key).map(ApprovalView::of);
    }

    @POST
    @Path(ID + "/rejection")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Reject (驳回) with the reason: the case stays as it is; not by the requester")
    public Uni<ApprovalView> reject(@PathParam("aid") UUID id, @NotNull @Valid Rejection body,
            @HeaderParam(KEY) String key) {
        return approvals.reject(id, body.reason(), key).map(ApprovalView::of);
    }
}
