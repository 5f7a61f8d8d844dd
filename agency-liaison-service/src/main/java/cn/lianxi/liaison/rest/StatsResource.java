package cn.lianxi.liaison.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.time.ReportPeriod;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.service.FiguresService;
import cn.lianxi.liaison.service.StatsService;
import io.smallrye.mutiny.Uni;

/** Liaison numbers for the gateway's admin overview. */
@Path("/liaison-stats")
@Tag(name = "stats")
public class StatsResource {

    private final StatsService stats;
    private final FiguresService figures;

    public StatsResource(StatsService stats, FiguresService figures) {
        this.stats = stats;
        this.figures = figures;
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Open/overdue referrals per agency and kind, answer-time percentiles, criminal referrals by "
            + "stage, key tasks of the current year by state, missed progress reports per owner unit")
    public Uni<StatsService.Stats> stats() {
        return stats.stats();
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Liaison figures of a period (inclusive ISO dates, UTC): bank inquiries, criminal referrals, "
            + "procuratorates, other measures; counted by the referral's creation in the period")
    public Uni<FiguresService.Figures> figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.figures(ReportPeriod.parse(from, to));
    }
}
