package cn.lianxi.cases.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.service.CaseSteps;
import cn.lianxi.cases.service.CourtRequests;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * 事项委托 from the case's side (民事诉讼法 (2017 text) art. 229): a clerk or judge of the case's court asks another
 * court for one step; {@link CourtRequestResource} is the receiving court's side.
 */
@Path("/cases")
@Tag(name = "court requests")
public class CaseCourtRequestResource {

    private final CourtRequests requests;
    private final Caller caller;

    public CaseCourtRequestResource(CourtRequests requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/court-requests")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Ask another court to serve a document, investigate or seize (事项委托) on a case of the "
            + "caller's court; toCourt must be a known court other than the case's (422 naming toCourt)")
    @APIResponse(responseCode = "201", description = "The request, sent; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CourtRequestView.class)))
    public Uni<Response> send(@PathParam("id") UUID id, @NotNull @Valid CourtRequestResource.Ask body) {
        CaseSteps.Actor actor = new CaseSteps.Actor(caller.name(), caller.requireCourt(), caller.officer());
        CourtRequests.Ask ask = new CourtRequests.Ask(body.toCourt(), body.step(), body.details(), body.dueOn());
        return requests.send(id, ask, actor)
                .map(r -> Response.created(URI.create("/court-requests/" + r.id))
                        .entity(CourtRequestView.of(r, requests.evidence(r))).build());
    }
}
