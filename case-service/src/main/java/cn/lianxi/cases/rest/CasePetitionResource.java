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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.mapping.PetitionMapper;
import cn.lianxi.cases.service.Petitions;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * A case's petitions (涉执信访): the case's court registers a party's complaint with the case, so it is that court's
 * to answer; whoever may read the case reads its petitions. Another court's case answers 404.
 */
@Path("/cases/{id: [0-9a-fA-F-]{36}}/petitions")
@Tag(name = "petitions")
public class CasePetitionResource {

    private final Petitions petitions;
    private final Caller caller;

    public CasePetitionResource(Petitions petitions, Caller caller) {
        this.petitions = petitions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Register a party's petition (涉执信访) about the case, due within the term of 《信访工作条例》 "
            + "art. 32; linked to the case's earlier unresolved petition as its repeat")
    @APIResponse(responseCode = "201", description = "The petition, registered; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PetitionView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> register(@PathParam("id") UUID id, @NotNull @Valid PetitionRequests.Registration body,
            @HeaderParam("Idempotency-Key") String key) {
        return petitions.register(id, body.toNewPetition(), new Petitions.Step(caller.name(), caller.requireCourt(), key))
                .map(p -> Response.created(URI.create("/petitions/" + p.id))
                        .entity(PetitionMapper.toView(p, petitions.now())).build());
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The case's petitions, in the order registered")
    public Uni<List<PetitionView>> list(@PathParam("id") UUID id) {
        return petitions.ofCase(id, CourtScope.ownCourt(caller).court())
                .map(list -> list.stream().map(p -> PetitionMapper.toView(p, petitions.now())).toList());
    }
}
