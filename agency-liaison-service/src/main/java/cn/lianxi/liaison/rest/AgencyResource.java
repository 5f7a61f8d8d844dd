package cn.lianxi.liaison.rest;

import cn.lianxi.contracts.AgencyStatus;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.liaison.service.AgencyRequest;
import cn.lianxi.liaison.service.AgencyService;
import io.smallrye.mutiny.Uni;

/** The member agencies: admins register and suspend them; the office and auditors read the registry. */
@Path("/agencies")
@Tag(name = "agencies")
public class AgencyResource {

    private final AgencyService service;
    private final Caller caller;

    public AgencyResource(AgencyService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a member agency")
    @APIResponse(responseCode = "201", description = "The agency, registered; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AgencyView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> register(@NotNull @Valid AgencyRequest request) {
        return service.register(request, caller.name()).map(a -> Response.created(URI.create("/agencies/" + a.id))
                .entity(AgencyView.of(a)).build());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.JM_OFFICE, Roles.AUDITOR})
    @Operation(summary = "List agencies, optionally of one kind or status")
    public Uni<List<AgencyView>> list(@QueryParam("kind") AgencyKind kind, @QueryParam("status") AgencyStatus status) {
        return service.list(kind, status).map(list -> list.stream().map(AgencyView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.JM_OFFICE, Roles.AUDITOR})
    @Operation(summary = "One agency")
    public Uni<AgencyView> get(@PathParam("id") String id) {
        return service.get(id).map(AgencyView::of);
    }

    @PUT
    @Path("/{id}/seal-key")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register or replace the agency's public seal key (电子签章); its answers must then be sealed",
            description = "`sealKey`: SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`), EC P-256 (ES256) or "
                    + "SM2; its key id is the agency id. A key that cannot be read is a 400 naming `sealKey`. "
                    + "Audited (`agency-seal-key-replaced`, with the SHA-256 of the PEM).")
    public Uni<AgencyView> replaceSealKey(@PathParam("id") String id, @NotNull @Valid SealKeyRequest request) {
        return service.replaceSealKey(id, request.sealKey(), caller.name()).map(AgencyView::of);
    }

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Suspend an agency: it receives no new referrals, its open ones stay answerable")
    public Uni<AgencyView> suspend(@PathParam("id") String id) {
        return service.setStatus(id, AgencyStatus.SUSPENDED, caller.name()).map(AgencyView::of);
    }

    @POST
    @Path("/{id}/reactivation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reactivate a suspended agency")
    public Uni<AgencyView> reactivate(@PathParam("id") String id) {
        return service.setStatus(id, AgencyStatus.ACTIVE, caller.name()).map(AgencyView::of);
    }
}
