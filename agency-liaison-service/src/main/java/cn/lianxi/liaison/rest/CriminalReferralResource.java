package cn.lianxi.liaison.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import cn.lianxi.kit.security.Caller;
import cn.lianxi.liaison.mapping.CriminalReferralView;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.CriminalStage;
import cn.lianxi.liaison.service.CriminalReferralService;
import cn.lianxi.liaison.service.CriminalWorkflow;
import io.smallrye.mutiny.Uni;

/**
 * 拒执罪 criminal referrals. Judges start them; the police answer the lead in their inbox and report later steps
 * here; the procuratorate answers supervision and prosecution referrals in its inbox.
 */
@Path("/criminal-referrals")
@Tag(name = "criminal referrals")
public class CriminalReferralResource {

    private final CriminalReferralService service;
    private final CriminalWorkflow workflow;
    private final Scope scope;
    private final Caller caller;

    public CriminalReferralResource(CriminalReferralService service, CriminalWorkflow workflow, Scope scope,
            Caller caller) {
        this.service = service;
        this.workflow = workflow;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Refer a 拒执罪 lead to the police of the judge's court's jurisdiction")
    @APIResponse(responseCode = "201", description = "The criminal referral, sent; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CriminalReferralView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> start(@NotNull @Valid CriminalReferralRequest request) {
        return service.start(caller.requireCourt(), request.caseId(), request.caseNumber(),
                request.lead(caller.officer()), caller.name())
                .chain(c -> service.view(c.id, visibility()))
                .map(v -> Response.created(URI.create("/criminal-referrals/" + v.id())).entity(v).build());
    }

    @GET
    @RolesAllowed({Roles.JUDGE, Roles.COURT_CLERK, Roles.POLICE, Roles.PROCURATORATE, Roles.JM_OFFICE, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(summary = "Criminal referrals the caller may see, newest first")
    public Uni<List<CriminalReferralView>> list(@QueryParam("caseId") UUID caseId,
            @QueryParam("stage") CriminalStage stage) {
        return service.list(visibility(), caseId, stage)
                .map(list -> list.stream().map(c -> CriminalReferralView.of(c, List.of())).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JUDGE, Roles.COURT_CLERK, Roles.POLICE, Roles.PROCURATORATE, Roles.JM_OFFICE, Roles.AUDITOR,
        Roles.ADMIN})
    @Operation(summary = "One criminal referral with its steps")
    public Uni<CriminalReferralView> get(@PathParam("id") UUID id) {
        return service.view(id, visibility());
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed(Roles.POLICE)
    @Operation(summary = "The police report a step: OPEN_CASE (after supervision), INVESTIGATE, TRANSFER")
    public Uni<CriminalReferralView> step(@PathParam("id") UUID id, @NotNull @Valid PoliceStepRequest request) {
        return workflow.policeStep(caller.requireAgency(), id, request.action(), request.note(), caller.name())
                .chain(c -> service.view(c.id, visibility()));
    }

    private CriminalReferralService.Visibility visibility() {
        return new CriminalReferralService.Visibility(scope.court(), scope.agency());
    }
}
