package cn.lianxi.credit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.credit.service.CreditFigures;
import cn.lianxi.credit.service.CreditFiguresView;
import cn.lianxi.credit.service.CreditStats;
import cn.lianxi.kit.time.ReportPeriod;
import cn.lianxi.credit.service.StatsView;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/** The credit numbers of the gateway's admin overview, and the figures of a period (the 通报's credit part). */
@Path("/credit-stats")
@Tag(name = "stats")
public class StatsResource {

    private final CreditStats stats;
    private final CreditFigures figures;

    public StatsResource(CreditStats stats, CreditFigures figures) {
        this.stats = stats;
        this.figures = figures;
    }

    @GET
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Active listings and restrictions, liftings on time and late, overdue duties")
    public Uni<StatsView> current() {
        return stats.current();
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Per court, for the period from..to (ISO dates, inclusive, UTC): listings made and deleted "
            + "(on time and late, 法释〔2017〕7号 art. 10), restrictions issued and lifted, credit repairs requested, "
            + "granted and rejected")
    public Uni<CreditFiguresView> figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.of(ReportPeriod.parse(from, to));
    }
}
