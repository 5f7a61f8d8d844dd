package cn.lianxi.credit.rest;

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

import cn.lianxi.credit.CreditRepair;
import cn.lianxi.credit.service.CreditRepairService;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Credit repair (信用修复): applications recorded and decided by credit officers. */
@Path("/credit-repairs")
@Tag(name = "credit repair")
public class CreditRepairResource {

    private final CreditRepairService repairs;
    private final Caller caller;

    public CreditRepairResource(CreditRepairService repairs, Caller caller) {
        this.repairs = repairs;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Record a debtor's application: on a performed debt, or before full performance on a "
            + "configured basis (lianxi.credit.repair.bases) that is met")
    @APIResponse(responseCode = "201", description = "The application, recorded; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RepairView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> apply(@NotNull @Valid RepairRequest request) {
        return repairs.apply(request.toApplication(), caller.name())
                .map(r -> Response.created(URI.create("/credit-repairs/" + r.id)).entity(toView(r)).build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Applications, by status, newest first")
    public Uni<List<RepairView>> list(@QueryParam("status") CreditRepair.Status status) {
        return repairs.list(status).map(list -> list.stream().map(CreditRepairResource::toView).toList());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.CREDIT_OFFICER, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One application")
    public Uni<RepairView> get(@PathParam("id") UUID id) {
        return repairs.get(id).map(CreditRepairResource::toView);
    }

    @POST
    @Path("/{id}/decision")
    @WithTransaction
    @RolesAllowed(Roles.CREDIT_OFFICER)
    @Operation(summary = "Approve (issues a certificate, lifts what the repair covers) or reject, with reasons; a "
            + "repair with a basis is decided by a second officer, never its recorder (403 self-approval)")
    public Uni<RepairView> decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest decision) {
        return repairs.decide(id, decision.toDecision(), caller.name()).map(CreditRepairResource::toView);
    }

    static RepairView toView(CreditRepair r) {
        return new RepairView(r.id, r.caseId, r.subjectName, r.subjectId, r.statement, r.status, r.basis,
                r.basis == null ? null : r.coveredKinds(), r.recordedBy, r.appliedAt,
                r.decidedBy, r.decidedAt, r.decisionReason, r.certificateCode, r.certificateDate);
    }
}
