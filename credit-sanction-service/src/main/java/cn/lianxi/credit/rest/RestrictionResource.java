package cn.lianxi.credit.rest;

import java.net.URI;
import java.time.Clock;
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
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.credit.mapping.CreditMapper;
import cn.lianxi.credit.repository.SanctionRepository;
import cn.lianxi.credit.service.LiftingApprovals;
import cn.lianxi.credit.service.RestrictionService;
import cn.lianxi.credit.service.SanctionLifting;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Consumption restriction orders (限制消费令) for credit officers and overseers. */
@Path("/restrictions")
@Tag(name = "restrictions")
public class RestrictionResource {

    private final RestrictionService restrictions;
    private final SanctionRepository sanctions;
    private final SanctionLifting lifting;
    private final LiftingApprovals approvals;
    private final Caller caller;
    private final Clock clock;

    public RestrictionResource(RestrictionService restrictions, SanctionRepository sanctions, SanctionLifting lifting,
            LiftingApprovals approvals, Caller caller, Clock clock) {
        this.restrictions = restrictions;
        this.sanctions = sanctions;
        this.lifting = lifting;
        this.approvals = approvals;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Order a consumption restriction; a company's order binds its legal representative")
    @APIResponse(responseCode = "201", description = "The restriction order, made; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RestrictionView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> impose(@NotNull @Valid RestrictionRequest request) {
        return restrictions.impose(request.toDecision(), caller.name()).chain(this::view)
                .map(v -> Response.created(URI.create("/restrictions/" + v.id())).entity(v).build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Restriction orders, filtered by case, subject ID number or status, newest first")
    public Uni<List<RestrictionView>> list(@QueryParam("caseId") UUID caseId, @QueryParam("idNumber") String idNumber,
            @QueryParam("status") SanctionStatus status, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        // one after the other: a reactive session runs one query at a time
        return restrictions.list(caseId, idNumber, status, page, size).chain(orders -> Multi.createFrom()
                .iterable(orders).onItem().transformToUniAndConcatenate(this::view).collect().asList());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One restriction order with the persons it binds")
    public Uni<RestrictionView> get(@PathParam("id") UUID id) {
        return restrictions.get(id).chain(this::view);
    }

    @POST
    @Path("/{id}/lifting")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Lift one restriction order, with its legal reason. Before performance the lifting waits "
            + "for a second officer: 202 with the request for approval (制度铁笼)")
    @APIResponse(responseCode = "200", description = "Lifted", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RestrictionView.class)))
    @APIResponse(responseCode = "202", description = "Early: a request for approval; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = LiftingApprovalView.class)))
    public Uni<Response> lift(@PathParam("id") UUID id, @NotNull @Valid LiftRequest request) {
        var reason = SanctionLifting.officerReason(request.reason());
        return approvals.requestIfEarly(LiftingApprovals.Lifting.of(SanctionKind.CONSUMPTION_RESTRICTION, id,
                reason, request.note()), caller.name()).chain(pending -> LiftingApprovalResource.acceptedOrLifted(
                        pending, () -> restrictions.get(id).call(o -> lifting.liftRestriction(o, reason,
                                lifting.dueAfter(PlatformClock.today(clock)), caller.name())).chain(this::view)));
    }

    private Uni<RestrictionView> view(RestrictionOrder o) {
        return sanctions.boundPersons(o.id).map(bound -> CreditMapper.toView(o, bound));
    }
}
