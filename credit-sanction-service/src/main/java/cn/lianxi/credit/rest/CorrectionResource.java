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

import cn.lianxi.credit.CorrectionRequest;
import cn.lianxi.credit.service.CorrectionService;
import cn.lianxi.credit.service.CorrectionView;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Correction requests against listings (纠正申请), recorded and decided by credit officers. */
@Path("/listings")
@Tag(name = "corrections")
public class CorrectionResource {

    private final CorrectionService corrections;
    private final Caller caller;

    public CorrectionResource(CorrectionService corrections, Caller caller) {
        this.corrections = corrections;
        this.caller = caller;
    }

    @POST
    @Path("/{id: [0-9a-fA-F-]{36}}/corrections")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Record the listed party's written correction request; due 15 days after receipt")
    @APIResponse(responseCode = "201", description = "The correction request, recorded; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CorrectionView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> record(@PathParam("id") UUID listingId, @NotNull @Valid CorrectionRequestBody body) {
        return corrections.record(listingId, body.toApplication(), caller.name()).map(c -> Response
                .created(URI.create("/listings/corrections/" + c.id)).entity(corrections.toView(c)).build());
    }

    @GET
    @Path("/corrections")
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The officer's list: correction requests by status, or only the overdue ones")
    public Uni<List<CorrectionView>> list(@QueryParam("status") CorrectionRequest.Status status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return corrections.list(status == null ? null : status.name(), overdue)
                .map(list -> list.stream().map(corrections::toView).toList());
    }

    @POST
    @Path("/corrections/{correctionId}/decision")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Uphold or reject a correction request, with reasons: upheld, an inaccurate entry is "
            + "corrected as `corrected` says, a listing that should not have been made (or whose circumstances ended) "
            + "is deleted")
    public Uni<CorrectionView> decide(@PathParam("correctionId") UUID correctionId,
            @NotNull @Valid CorrectionDecisionRequest decision) {
        return corrections.decide(correctionId, decision.toDecision(), decision.corrected(), caller.name())
                .map(corrections::toView);
    }
}
