package cn.lianxi.credit.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

import cn.lianxi.credit.Reconsideration;
import cn.lianxi.credit.service.ReconsiderationService;
import cn.lianxi.credit.service.ReconsiderationView;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Reconsideration (复议) of rejected correction requests by the court above (法释〔2017〕7号 art. 12). */
@Path("/listings")
@Tag(name = "corrections")
public class ReconsiderationResource {

    private final ReconsiderationService reconsiderations;
    private final Caller caller;

    public ReconsiderationResource(ReconsiderationService reconsiderations, Caller caller) {
        this.reconsiderations = reconsiderations;
        this.caller = caller;
    }

    @POST
    @Path("/corrections/{correctionId}/reconsideration")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Record the listed party's application to the court above against a rejected correction "
            + "request; within 10 days of the rejection's service, due 15 days after receipt")
    @APIResponse(responseCode = "201", description = "The reconsideration, recorded; Location names the list",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ReconsiderationView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> apply(@PathParam("correctionId") UUID correctionId,
            @NotNull @Valid ReconsiderationRequestBody body) {
        return reconsiderations.apply(correctionId, body.toApplication(), caller.name()).map(r -> Response
                .created(URI.create("/listings/reconsiderations?status=OPEN")).entity(reconsiderations.toView(r))
                .build());
    }

    @GET
    @Path("/reconsiderations")
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Reconsiderations by status, or only the overdue ones")
    public Uni<List<ReconsiderationView>> list(@QueryParam("status") Reconsideration.Status status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return reconsiderations.list(status == null ? null : status.name(), overdue)
                .map(list -> list.stream().map(reconsiderations::toView).toList());
    }

    @POST
    @Path("/reconsiderations/{id}/decision")
    @WithTransaction
    @RolesAllowed({Roles.JUDGE, Roles.CREDIT_OFFICER})
    @Operation(summary = "The court above upholds or revokes the rejection, with reasons; only a caller whose "
            + "court_code is the court above the listing court")
    public Uni<ReconsiderationView> decide(@PathParam("id") UUID id,
            @NotNull @Valid ReconsiderationDecisionRequest decision) {
        String court = caller.requireCourt();
        return reconsiderations.decide(id, decision.outcome() == ReconsiderationDecisionRequest.Outcome.REVOKE,
                decision.toDecision(), decision.corrected(), court, caller.name()).map(reconsiderations::toView);
    }
}
