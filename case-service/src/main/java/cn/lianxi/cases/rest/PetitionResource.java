package cn.lianxi.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.Petition;
import cn.lianxi.cases.PetitionStatus;
import cn.lianxi.cases.mapping.PetitionMapper;
import cn.lianxi.cases.repository.PetitionCriteria;
import cn.lianxi.cases.service.Petitions;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Petitions (涉执信访) by themselves: a court's queue, most urgent first, and the steps after registration. Court
 * staff work their own court's petitions only (another court's answers 404, its queue 403); the office, auditors
 * and admins read every court's. Answers and acknowledgements are court staff's; the one extension of the term is a
 * judge's decision, as every other decision on a case.
 */
@Path("/petitions")
@Tag(name = "petitions")
public class PetitionResource {

    private static final String ID = "{pid: [0-9a-fA-F-]{36}}";
    private static final String KEY = "Idempotency-Key";

    private final Petitions petitions;
    private final Caller caller;

    public PetitionResource(Petitions petitions, Caller caller) {
        this.petitions = petitions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A petition queue (the caller's court for court staff), earliest deadline first; "
            + "overdue=true: not answered by the deadline; total count in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of petitions",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PetitionView.class)),
            headers = { @Header(name = "X-Total-Count", description = "the number of matches",
                    schema = @Schema(type = SchemaType.INTEGER)) })
    public Uni<Response> queue(@QueryParam("court") String court, @QueryParam("status") PetitionStatus status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PetitionCriteria criteria = new PetitionCriteria(CourtScope.ownCourt(caller).narrow(court, "petitions").court(), status, overdue,
                page, size);
        return petitions.queue(criteria)
                .map(found -> PageResponses.of(found, p -> PetitionMapper.toView(p, petitions.now())));
    }

    @GET
    @Path(ID)
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One petition")
    public Uni<PetitionView> get(@PathParam("pid") UUID id) {
        return view(petitions.visible(id, CourtScope.ownCourt(caller).court()));
    }

    @POST
    @Path(ID + "/answer")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Answer the petition (答复); once, whether by its deadline or after it")
    public Uni<PetitionView> answer(@PathParam("pid") UUID id, @NotNull @Valid PetitionRequests.Answer body,
            @HeaderParam(KEY) String key) {
        return view(petitions.answer(id, body.answer(), step(key)));
    }

    @POST
    @Path(ID + "/acknowledgement")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Record the petitioner's word on the answer (满意/基本满意/不满意), as the party gave it")
    public Uni<PetitionView> acknowledge(@PathParam("pid") UUID id,
            @NotNull @Valid PetitionRequests.PartyAcknowledgement body, @HeaderParam(KEY) String key) {
        return view(petitions.acknowledge(id, body.acknowledgement(), step(key)));
    }

    @POST
    @Path(ID + "/extension")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Extend the term once, before the deadline, with the reason the petitioner is told "
            + "(《信访工作条例》 art. 32)")
    public Uni<PetitionView> extend(@PathParam("pid") UUID id, @NotNull @Valid PetitionRequests.Extension body,
            @HeaderParam(KEY) String key) {
        return view(petitions.extend(id, body.reason(), step(key)));
    }

    private Petitions.Step step(String key) {
        return new Petitions.Step(caller.name(), caller.requireCourt(), key);
    }

    private Uni<PetitionView> view(Uni<Petition> petition) {
        return petition.map(p -> PetitionMapper.toView(p, petitions.now()));
    }
}
