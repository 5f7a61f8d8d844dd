package cn.lianxi.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.service.CaseQueries;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/** Dashboard figures for the joint-meeting office, auditors and admins (served through the gateway). */
@Path("/cases/stats")
@Tag(name = "cases")
public class CaseStatsResource {

    private final CaseQueries queries;

    public CaseStatsResource(CaseQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Counts and sums per court and status; amounts recovered today, this month, this year; "
            + "petitions (涉执信访) per court: received, answered within the deadline, overdue, repeats, satisfied; "
            + "breached clocks (数据铁笼) per court and kind")
    public Uni<CaseQueries.Stats> stats(@QueryParam("court") String court) {
        return queries.stats(court);
    }
}
