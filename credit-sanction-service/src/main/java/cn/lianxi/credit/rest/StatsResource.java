package cn.lianxi.credit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.credit.service.CreditStats;
import cn.lianxi.credit.service.StatsView;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/** The credit numbers of the gateway's admin overview. */
@Path("/credit-stats")
@Tag(name = "stats")
public class StatsResource {

    private final CreditStats stats;

    public StatsResource(CreditStats stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Active listings and restrictions, liftings on time and late, overdue duties")
    public Uni<StatsView> current() {
        return stats.current();
    }
}
