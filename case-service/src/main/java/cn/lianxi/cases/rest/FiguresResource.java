package cn.lianxi.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.service.AssessmentView;
import cn.lianxi.cases.service.CaseFigures;
import cn.lianxi.cases.service.CaseFiguresView;
import cn.lianxi.cases.service.CourtScopes;
import cn.lianxi.kit.time.ReportPeriod;
import cn.lianxi.cases.service.MonthRange;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The figures of a period (案件统计) and the assessment indicators per month (考核指标), of the courts in the caller's
 * scope: court staff their court (a division head of an intermediate court the courts it leads), the overseers every
 * court or {@code court}; a court outside the scope is a 403.
 */
@Path("/cases")
@Tag(name = "cases")
public class FiguresResource {

    private final CaseFigures figures;
    private final CourtScopes scopes;
    private final Caller caller;

    public FiguresResource(CaseFigures figures, CourtScopes scopes, Caller caller) {
        this.figures = figures;
        this.scopes = scopes;
        this.caller = caller;
    }

    @GET
    @Path("figures")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.DIVISION_HEAD, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Per court, for the period from..to (ISO dates, inclusive, UTC): cases filed, conclusions "
            + "by conclusion type, money recovered")
    public Uni<CaseFiguresView> figures(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("court") String court) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        return scopes.of(caller).chain(scope -> figures.of(period, scope.narrow(court, "figures")));
    }

    @GET
    @Path("assessment")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.DIVISION_HEAD, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Assessment indicators (考核指标) per court and month from..to (YYYY-MM, UTC months): filed, "
            + "concluded and the rate concluded, average days to conclude, owed and recovered of the concluded cases "
            + "and the recovery rate, 终本 share and resumptions; per agency the measures answered within deadline. "
            + "Formulas: docs/assessment.md")
    public Uni<AssessmentView> assessment(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("court") String court) {
        MonthRange range = MonthRange.parse(from, to);
        return scopes.of(caller).chain(scope -> figures.assessment(range, scope.narrow(court, "figures")));
    }
}
