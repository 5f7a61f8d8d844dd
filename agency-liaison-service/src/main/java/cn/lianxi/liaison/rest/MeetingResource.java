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
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.service.MeetingDtos.MeetingRequest;
import cn.lianxi.liaison.service.MeetingDtos.MeetingView;
import cn.lianxi.liaison.service.MeetingService;
import io.smallrye.mutiny.Uni;

/** Meetings of the joint meeting (全体会议, 办公室会议) and the key tasks their decisions create. */
@Path("/joint-meeting/meetings")
@Tag(name = "joint meeting")
public class MeetingResource {

    private final MeetingService service;
    private final Caller caller;

    public MeetingResource(MeetingService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.JM_OFFICE)
    @Operation(summary = "Record a meeting; each decision's tasks become key tasks of the meeting's year")
    @APIResponse(responseCode = "201", description = "The meeting, each decision with the ids of its key tasks",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> record(@NotNull @Valid MeetingRequest request) {
        return service.record(request, caller.name()).map(m -> Response
                .created(URI.create("/joint-meeting/meetings/" + m.id())).entity(m).build());
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "The meetings of a year, in the order held")
    public Uni<List<MeetingView>> meetings(@QueryParam("year") @NotNull Integer year) {
        return service.meetings(year);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "One meeting with its decisions and their key tasks")
    public Uni<MeetingView> meeting(@PathParam("id") UUID id) {
        return service.meeting(id);
    }
}
