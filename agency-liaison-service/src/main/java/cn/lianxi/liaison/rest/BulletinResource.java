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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.service.BulletinDtos.BulletinRequest;
import cn.lianxi.liaison.service.BulletinDtos.BulletinView;
import cn.lianxi.liaison.service.BulletinService;
import io.smallrye.mutiny.Uni;

/** The office's bulletins (重点任务落实情况通报), numbered 联席办〔YYYY〕N号, snapshotted at issue. */
@Path("/joint-meeting/bulletins")
@Tag(name = "joint meeting")
public class BulletinResource {

    private final BulletinService service;
    private final Caller caller;

    public BulletinResource(BulletinService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.JM_OFFICE)
    @Operation(summary = "Issue a bulletin for a period: a section per owner unit, the year's commendations")
    @APIResponse(responseCode = "201", description = "The bulletin as issued",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulletinView.class)))
    public Uni<Response> issue(@NotNull @Valid BulletinRequest request) {
        return service.issue(request, caller.name()).map(b -> Response
                .created(URI.create("/joint-meeting/bulletins/" + b.id())).entity(b).build());
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "The bulletins issued in a year, by number")
    public Uni<List<BulletinView>> bulletins(@QueryParam("year") @NotNull Integer year) {
        return service.bulletins(year);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "One bulletin as issued")
    public Uni<BulletinView> bulletin(@PathParam("id") UUID id) {
        return service.bulletin(id);
    }
}
