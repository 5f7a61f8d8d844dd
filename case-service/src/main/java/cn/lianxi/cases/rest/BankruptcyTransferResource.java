package cn.lianxi.cases.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
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
import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.service.BankruptcyTransfers;
import cn.lianxi.cases.service.CaseSteps;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * 执转破 as a hand-off (法发〔2017〕2号): the enforcing court's judge transfers a company debtor's case, on a party's
 * written consent, to a bankruptcy court of the directory, which suspends enforcement; a judge of that receiving
 * court lists the transfers addressed to it and records its ruling, acceptance (受理, concluding the case) or refusal
 * (不予受理, resuming it). Court staff of any other court get 404 for a transfer (the enforcing court included, for the
 * answers); the office, auditors and admins read every transfer.
 */
@Path("/cases")
@Tag(name = "bankruptcy transfers")
public class BankruptcyTransferResource {

    private static final String KEY = "Idempotency-Key";
    private static final String TRANSFER = "/bankruptcy-transfers/{tid: [0-9a-fA-F-]{36}}";

    private final BankruptcyTransfers transfers;
    private final Caller caller;

    public BankruptcyTransferResource(BankruptcyTransfers transfers, Caller caller) {
        this.transfers = transfers;
        this.caller = caller;
    }

    @POST
    @Path("/{id: [0-9a-fA-F-]{36}}/bankruptcy-transfers")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Decide the transfer to bankruptcy review (移送决定, 法发〔2017〕2号 arts. 2, 7) of a company "
            + "respondent's case to the court receivingCourt, on the written consent of an applicant or the debtor; "
            + "enforcement is suspended (中止执行), freezes stay until the receiving court accepts")
    @APIResponse(responseCode = "201", description = "The transfer, waiting for the receiving court's ruling",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = BankruptcyTransferView.class)))
    public Uni<Response> transfer(@PathParam("id") UUID id, @NotNull @Valid BankruptcyTransferRequests.Transfer body,
            @HeaderParam(KEY) String key) {
        return transfers.transfer(id, body.toDecision(), actor(), key)
                .map(t -> Response.created(URI.create("/cases/bankruptcy-transfers/" + t.id))
                        .entity(BankruptcyTransferView.of(t)).build());
    }

    @GET
    @Path("/{id: [0-9a-fA-F-]{36}}/bankruptcy-transfers")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The case's transfers to bankruptcy review, oldest first (the enforcing court's view)")
    public Uni<List<BankruptcyTransferView>> ofCase(@PathParam("id") UUID id) {
        return transfers.ofCase(id, CourtScope.ownCourt(caller).court()).map(BankruptcyTransferResource::views);
    }

    @GET
    @Path("/bankruptcy-transfers")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "The transfers addressed to the caller's court as the bankruptcy court (受移送法院), newest first")
    public Uni<List<BankruptcyTransferView>> addressedToMe() {
        return transfers.addressedTo(caller.requireCourt()).map(BankruptcyTransferResource::views);
    }

    @GET
    @Path(TRANSFER)
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One transfer, for the enforcing or the receiving court")
    public Uni<BankruptcyTransferView> get(@PathParam("tid") UUID id) {
        return transfers.get(id, CourtScope.ownCourt(caller).court()).map(BankruptcyTransferView::of);
    }

    @POST
    @Path(TRANSFER + "/acceptance")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "The receiving court accepts the bankruptcy petition (受理裁定): the case concludes as "
            + "BANKRUPTCY_TRANSFER and its freezes are released (企业破产法 art. 19)")
    public Uni<BankruptcyTransferView> accept(@PathParam("tid") UUID id,
            @NotNull @Valid BankruptcyTransferRequests.Ruling body, @HeaderParam(KEY) String key) {
        return transfers.accept(id, body.toRuling(), actor(), key).map(BankruptcyTransferView::of);
    }

    @POST
    @Path(TRANSFER + "/refusal")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "The receiving court refuses the petition (不予受理) with its reason: enforcement resumes "
            + "(法发〔2017〕2号 art. 18); deleted listings do not come back by themselves")
    public Uni<BankruptcyTransferView> refuse(@PathParam("tid") UUID id,
            @NotNull @Valid BankruptcyTransferRequests.Ruling body, @HeaderParam(KEY) String key) {
        return transfers.refuse(id, body.toRuling(), actor(), key).map(BankruptcyTransferView::of);
    }

    private CaseSteps.Actor actor() {
        return new CaseSteps.Actor(caller.name(), caller.requireCourt(), caller.officer());
    }

    private static List<BankruptcyTransferView> views(List<BankruptcyTransfer> list) {
        return list.stream().map(BankruptcyTransferView::of).toList();
    }
}
