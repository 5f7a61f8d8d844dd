package cn.lianxi.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.SupervisedAction;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.service.CaseQueries;
import cn.lianxi.cases.service.KeyedSteps;
import cn.lianxi.cases.service.MeasureCancellations;
import cn.lianxi.cases.service.MeasureStep;
import cn.lianxi.cases.service.PersonAndAssetOrders;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A judge's measures on a person and on seized property, and the cancellation of a measure (撤销), on one case of the
 * judge's court (another court's case answers 404). An exit ban (限制出境) goes to the police, a seized asset to the
 * judicial auction platform (网络司法拍卖); their answers come back on the case timeline. A cancellation of a measure
 * not yet answered needs a second officer's approval (制度铁笼): 202 with the request, and nothing is cancelled until
 * another judge of the court approves it ({@code POST /approvals/{id}/approval}).
 */
@Path("/cases/{id: [0-9a-fA-F-]{36}}")
@Tag(name = "case actions")
public class CaseMeasureResource {

    private static final String KEY = "Idempotency-Key";

    private final PersonAndAssetOrders orders;
    private final MeasureCancellations cancellations;
    private final Approvals approvals;
    private final CaseQueries queries;
    private final Caller caller;

    public CaseMeasureResource(PersonAndAssetOrders orders, MeasureCancellations cancellations, Approvals approvals,
            CaseQueries queries, Caller caller) {
        this.orders = orders;
        this.cancellations = cancellations;
        this.approvals = approvals;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Path("/exit-bans")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Order an exit ban (限制出境, 民事诉讼法 art. 266) on a respondent; the police register it with "
            + "the border authority or refuse with the reason")
    public Uni<CaseView> exitBan(@PathParam("id") UUID id, @NotNull @Valid MeasureRequests.ExitBan body,
            @HeaderParam(KEY) String key) {
        return orders.exitBan(id, body.respondentIdNumber(), body.legalBasis(), body.reason(), step(key))
                .map(CaseMapper::toView);
    }

    @POST
    @Path("/exit-ban-liftings")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Lift a registered exit ban (解除限制出境), named by its order's requestId")
    public Uni<CaseView> exitBanLifting(@PathParam("id") UUID id, @NotNull @Valid MeasureRequests.ExitBanLifting body,
            @HeaderParam(KEY) String key) {
        return orders.exitBanLifting(id, body.exitBanRequestId(), body.legalBasis(), body.reason(), step(key))
                .map(CaseMapper::toView);
    }

    @POST
    @Path("/auction-handoffs")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Hand a seized asset to the judicial auction (网络司法拍卖) with its reserve price (起拍价); a "
            + "sale is a receipt in the case's ledger")
    public Uni<CaseView> auction(@PathParam("id") UUID id, @NotNull @Valid MeasureRequests.AuctionHandoff body,
            @HeaderParam(KEY) String key) {
        return orders.auction(id, body.assetDescription(), body.reservePrice(), body.agencyId(),
                body.respondentIdNumber(), body.legalBasis(), step(key)).map(CaseMapper::toView);
    }

    @POST
    @Path("/measure-cancellations")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Cancel (撤销) a measure its agency has not answered yet, named by its order's requestId")
    @APIResponse(responseCode = "202", description = "Under supervision: a request waiting for a second officer's "
            + "approval; nothing is cancelled yet",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "200", description = "Cancelled at once (the configuration needs no approval)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "already-answered (field requestId): an answered measure stands")
    public Uni<Response> cancel(@PathParam("id") UUID id, @NotNull @Valid MeasureRequests.Cancellation body,
            @HeaderParam(KEY) String key) {
        String court = caller.requireCourt();
        String scoped = KeyedSteps.scoped(key, caller.name());
        String eventId = scoped != null ? scoped : "rest-" + UUID.randomUUID();
        return queries.visible(id, CourtScope.of(court)).chain(c -> {
            if (approvals.required(SupervisedAction.MEASURE_CANCELLATION)) {
                ActionRequests.Stamp stamp = new ActionRequests.Stamp(eventId, c.courtCode, c.caseNumber,
                        caller.name(), caller.officer());
                return approvals.requestChecked(c, SupervisedAction.MEASURE_CANCELLATION, body, stamp, key,
                        () -> Panache.withSession(() -> cancellations.check(c, body.requestId())).replaceWithVoid())
                        .map(pending -> Response.accepted(ApprovalView.of(pending)).build());
            }
            return cancellations.cancelAlone(c.id, body.requestId(), body.reason(), step(key))
                    .map(applied -> Response.ok(CaseMapper.toView(applied)).build());
        });
    }

    private MeasureStep step(String key) {
        return new MeasureStep(caller.name(), caller.officer(), caller.requireCourt(), key);
    }
}
