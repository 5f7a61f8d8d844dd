package cn.lianxi.credit.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.credit.mapping.CreditMapper;
import cn.lianxi.credit.service.LiftingApprovals;
import cn.lianxi.credit.service.ListingService;
import cn.lianxi.credit.service.SanctionLifting;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The dishonest-debtor list (失信被执行人名单) for credit officers and overseers. */
@Path("/listings")
@Tag(name = "listings")
public class ListingResource {

    private final ListingService listings;
    private final LiftingApprovals approvals;
    private final Caller caller;

    public ListingResource(ListingService listings, LiftingApprovals approvals, Caller caller) {
        this.listings = listings;
        this.approvals = approvals;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "List a respondent as a dishonest debtor under one of the six grounds of 法释〔2017〕7号 art. 1 "
            + "(ground = the item number)")
    @APIResponse(responseCode = "201", description = "The listing, made; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ListingView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> impose(@NotNull @Valid ListingRequest request) {
        return listings.impose(request.toDecision(), caller.name())
                .map(l -> Response.created(URI.create("/listings/" + l.id)).entity(CreditMapper.toView(l)).build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Listings, filtered by case, ID number or status, newest first")
    public Uni<List<ListingView>> list(@QueryParam("caseId") UUID caseId, @QueryParam("idNumber") String idNumber,
            @QueryParam("status") SanctionStatus status, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return listings.list(caseId, idNumber, status, page, size)
                .map(list -> list.stream().map(CreditMapper::toView).toList());
    }

    @GET
    @Path("/{id: [0-9a-fA-F-]{36}}")
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One listing")
    public Uni<ListingView> get(@PathParam("id") UUID id) {
        return listings.get(id).map(CreditMapper::toView);
    }

    @POST
    @Path("/{id: [0-9a-fA-F-]{36}}/lifting")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Delete one listing with its legal reason: an art. 10 ground (listings without a fixed term "
            + "only) or ACTIVE_PERFORMANCE (the court's early deletion, art. 2). Before its term or before performance "
            + "the deletion waits for a second officer: 202 with the request for approval (制度铁笼)")
    @APIResponse(responseCode = "200", description = "Deleted", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ListingView.class)))
    @APIResponse(responseCode = "202", description = "Early: a request for approval; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = LiftingApprovalView.class)))
    public Uni<Response> lift(@PathParam("id") UUID id, @NotNull @Valid LiftRequest request) {
        var reason = SanctionLifting.officerReason(request.reason());
        return approvals.requestIfEarly(LiftingApprovals.Lifting.of(SanctionKind.DISHONEST_LISTING, id, reason,
                request.note()), caller.name()).chain(pending -> LiftingApprovalResource.acceptedOrLifted(pending,
                        () -> listings.lift(id, reason, caller.name()).map(CreditMapper::toView)));
    }
}
