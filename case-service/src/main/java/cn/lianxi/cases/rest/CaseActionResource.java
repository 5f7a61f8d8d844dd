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

import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Court staff's direct actions on one case of their court. Each becomes the court event of the same kind and goes
 * through the intake (same checks, same timeline entry, same published case event); the answer is the case after
 * the action, or the problem that refused it (409 for a forbidden transition). Decisions are the judge's; clerks
 * record payments and parties. 终本 and an unfreeze before performance may need a second officer's approval
 * (制度铁笼, {@link Approvals}): then the answer is 202 with the request, and the case is unchanged.
 */
@Path("/cases/{id: [0-9a-fA-F-]{36}}")
@Tag(name = "case actions")
public class CaseActionResource {

    private static final String KEY = "Idempotency-Key";

    private final CaseActions actions;

    public CaseActionResource(CaseActions actions) {
        this.actions = actions;
    }

    @POST
    @Path("/transitions")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Change the status (investigating, measures, 中止, 恢复, 结案 with a conclusion type)")
    @APIResponse(responseCode = "200", description = "The case after the transition",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "202", description = "终本 under supervision: a request waiting for a second "
            + "officer's approval (POST /approvals/{id}/approval); the case is unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalView.class)))
    public Uni<Response> transition(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Transition body,
            @HeaderParam(KEY) String key) {
        return supervised(id, body, body, key);
    }

    @POST
    @Path("/resumptions")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Resume enforcement (恢复执行) of a suspended or 终本 case, e.g. once assets were found")
    public Uni<CaseView> resume(@PathParam("id") UUID id, @Valid ActionRequests.Resumption body,
            @HeaderParam(KEY) String key) {
        return act(id, body == null ? new ActionRequests.Resumption(null) : body, key);
    }

    @POST
    @Path("/asset-inquiries")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Request a nationwide asset inquiry (财产查询) on a respondent, on its legal basis")
    public Uni<CaseView> assetInquiry(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.AssetInquiry body,
            @HeaderParam(KEY) String key) {
        return act(id, body, key);
    }

    @POST
    @Path("/freeze-orders")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Order a freeze (冻结) of an account")
    public Uni<CaseView> freeze(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.AccountMeasure body,
            @HeaderParam(KEY) String key) {
        return act(id, body.freeze(), key);
    }

    @POST
    @Path("/freeze-renewals")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Order a renewal (续冻) of a freeze of the case, named by its freezeRequestId")
    public Uni<CaseView> renewFreeze(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.FreezeRenewal body,
            @HeaderParam(KEY) String key) {
        return act(id, body, key);
    }

    @POST
    @Path("/unfreeze-orders")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Order an unfreeze (解冻) of an account")
    @APIResponse(responseCode = "200", description = "The case after the order",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "202", description = "An unfreeze before the debt is performed, under supervision: a "
            + "request waiting for a second officer's approval; nothing is ordered yet",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApprovalView.class)))
    public Uni<Response> unfreeze(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.AccountMeasure body,
            @HeaderParam(KEY) String key) {
        return supervised(id, body, body.unfreeze(), key);
    }

    @POST
    @Path("/deduction-orders")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Order a deduction (扣划) from an account")
    public Uni<CaseView> deduct(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.AccountMeasure body,
            @HeaderParam(KEY) String key) {
        return act(id, body.deduction(), key);
    }

    @POST
    @Path("/payments")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Record a payment received (执行款到位)")
    public Uni<CaseView> payment(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Payment body,
            @HeaderParam(KEY) String key) {
        return act(id, body, key);
    }

    @POST
    @Path("/refusal-reports")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Report a refusal to comply (拒执线索)")
    public Uni<CaseView> refusal(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.RefusalReport body,
            @HeaderParam(KEY) String key) {
        return act(id, body, key);
    }

    @POST
    @Path("/dishonest-listings")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Decide a dishonest-debtor listing (纳入失信被执行人名单)")
    public Uni<CaseView> listing(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.DishonestListing body,
            @HeaderParam(KEY) String key) {
        return act(id, body, key);
    }

    @POST
    @Path("/consumption-restrictions")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Order a consumption restriction (限制消费令)")
    public Uni<CaseView> restriction(@PathParam("id") UUID id,
            @NotNull @Valid ActionRequests.ConsumptionRestriction body, @HeaderParam(KEY) String key) {
        return act(id, body, key);
    }

    @POST
    @Path("/bankruptcy-proposals")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Propose transfer to bankruptcy (执转破)")
    public Uni<CaseView> bankruptcy(@PathParam("id") UUID id, @Valid ActionRequests.BankruptcyProposal body,
            @HeaderParam(KEY) String key) {
        return act(id, body == null ? new ActionRequests.BankruptcyProposal(null) : body, key);
    }

    @POST
    @Path("/capacity-findings")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Record a respondent's capacity to perform: will not pay (失信, UNWILLING) or cannot (失能, "
            + "UNABLE), with the reason; an UNABLE respondent is not listed on ground (1) (法释〔2017〕7号 art. 1(1), art. 3)")
    public Uni<CaseView> capacity(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.CapacityFinding body,
            @HeaderParam(KEY) String key) {
        return act(id, body, key);
    }

    @POST
    @Path("/parties")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Add a party (追加当事人)")
    public Uni<CaseView> addParty(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.PartyChange body,
            @HeaderParam(KEY) String key) {
        return act(id, body.addition(), key);
    }

    @POST
    @Path("/party-corrections")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Correct a party (更正当事人); previousIdNumber names the identifier being corrected")
    public Uni<CaseView> correctParty(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.PartyChange body,
            @HeaderParam(KEY) String key) {
        return act(id, body.correction(), key);
    }

    /** 200 with the case when applied, 202 with the request when it waits for a second officer (制度铁笼). */
    private Uni<Response> supervised(UUID id, Record body, ActionRequests.Action action, String key) {
        return actions.actSupervised(id, body, action, key).map(o -> o.pending() != null
                ? Response.accepted(ApprovalView.of(o.pending())).build()
                : Response.ok(CaseMapper.toView(o.applied())).build());
    }

    private Uni<CaseView> act(UUID id, ActionRequests.Action action, String key) {
        return actions.act(id, action, key).map(CaseMapper::toView);
    }
}
