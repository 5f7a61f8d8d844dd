package cn.lianxi.liaison.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.service.CommendationService;
import cn.lianxi.liaison.service.JointMeetingDtos.CommendationRequest;
import cn.lianxi.liaison.service.JointMeetingDtos.CommendationView;
import io.smallrye.mutiny.Uni;

/** The joint meeting's commendations of a year (表彰: 先进集体, 先进个人). */
@Path("/joint-meeting/commendations")
@Tag(name = "joint meeting")
public class CommendationResource {

    private final CommendationService service;
    private final Caller caller;

    public CommendationResource(CommendationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.JM_OFFICE)
    @Operation(summary = "Commend a member unit (COLLECTIVE) or a person of one (INDIVIDUAL, person required)")
    @APIResponse(responseCode = "201", description = "The commendation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommendationView.class)))
    public Uni<Response> commend(@NotNull @Valid CommendationRequest request) {
        return service.commend(request, caller.name()).map(c -> Response
                .created(URI.create("/joint-meeting/commendations?year=" + c.year))
                .entity(CommendationView.of(c)).build());
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "The commendations of a year")
    public Uni<List<CommendationView>> commendations(@QueryParam("year") @NotNull Integer year) {
        return service.commendations(year).map(list -> list.stream().map(CommendationView::of).toList());
    }
}
