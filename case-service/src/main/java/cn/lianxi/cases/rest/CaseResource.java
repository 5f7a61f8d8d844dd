package cn.lianxi.cases.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.CaseStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.service.CaseService;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Enforcement cases. Court staff (clerks, judges) see and file only their own court's cases; the joint-meeting
 * office, auditors and admins read every court's.
 */
@Path("/cases")
@Tag(name = "cases")
public class CaseResource {

    private final CaseService service;
    private final Caller caller;

    public CaseResource(CaseService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "File an enforcement case (立案) for the caller's court")
    public Uni<Response> file(@NotNull @Valid FileCaseRequest request) {
        return service.file(caller.requireCourt(), request, caller.name())
                .map(c -> Response.created(URI.create("/cases/" + c.id)).entity(CaseMapper.toView(c)).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One case with its parties")
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return service.get(id).map(this::visible).map(CaseMapper::toView);
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Cases of the caller's court (all courts for the office, auditors and admins)")
    public Uni<List<CaseView>> list(@QueryParam("status") CaseStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(scopeCourt(), status, page, size)
                .map(list -> list.stream().map(CaseMapper::toView).toList());
    }

    /** Court staff are bound to their court; overseers see all (null). */
    private String scopeCourt() {
        return caller.hasRole(Roles.COURT_CLERK) || caller.hasRole(Roles.JUDGE) ? caller.requireCourt() : null;
    }

    /** A case of another court is reported as absent, so ids of other courts' cases leak nothing. */
    private EnforcementCase visible(EnforcementCase c) {
        String court = scopeCourt();
        if (court != null && !court.equals(c.courtCode)) {
            throw ProblemException.notFound("case");
        }
        return c;
    }
}
