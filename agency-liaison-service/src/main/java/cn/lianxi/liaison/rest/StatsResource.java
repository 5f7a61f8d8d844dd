package cn.lianxi.liaison.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.service.StatsService;
import io.smallrye.mutiny.Uni;

/** Liaison numbers for the gateway's admin overview. */
@Path("/liaison-stats")
@Tag(name = "stats")
public class StatsResource {

    private final StatsService stats;

    public StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Open/overdue referrals per agency and kind, answer-time percentiles, criminal referrals by "
            + "stage, key tasks of the current year by state")
    public Uni<StatsService.Stats> stats() {
        return stats.stats();
    }
}
