package cn.lianxi.cases.rest;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.PropertyReportOrder;
import cn.lianxi.cases.service.CaseSteps;
import cn.lianxi.cases.service.PropertyReports;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The property declaration on a case (财产报告制度, 民事诉讼法 art. 252, 法释〔2017〕8号 arts. 3-9). The judge orders and
 * finds a breach; court staff (clerk or judge) record the respondent's report as it was handed in. Court staff act
 * on their own court's cases only (another court's answers 404); the office, auditors and admins read every court's.
 */
@Path("/cases/{id: [0-9a-fA-F-]{36}}/property-report-orders")
@Tag(name = "property reports")
public class PropertyReportResource {

    private static final String KEY = "Idempotency-Key";

    private final PropertyReports reports;
    private final Caller caller;
    private final Clock clock;

    public PropertyReportResource(PropertyReports reports, Caller caller, Clock clock) {
        this.reports = reports;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Issue a 报告财产令 to a respondent with its deadline (法释〔2017〕8号 arts. 3-4)")
    @APIResponse(responseCode = "201", description = "The order; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PropertyReportView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> order(@PathParam("id") UUID id, @NotNull @Valid PropertyReportRequests.Order body,
            @HeaderParam(KEY) String key) {
        return reports.order(id, body.respondentIdNumber(), body.due(), actor(), key)
                .map(o -> Response.created(URI.create("/cases/" + id + "/property-report-orders/" + o.id))
                        .entity(view(o)).build());
    }

    @POST
    @Path("/{orderId}/report")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Record the respondent's 财产报告: assets by kind with values, and the changes in the year "
            + "before the notice (法释〔2017〕8号 arts. 5-6); after the deadline it is marked late")
    public Uni<PropertyReportView> report(@PathParam("id") UUID id, @PathParam("orderId") UUID orderId,
            @NotNull @Valid PropertyReportRequests.Report body, @HeaderParam(KEY) String key) {
        return reports.report(id, orderId, body.toDeclaration(), actor(), key).map(this::view);
    }

    @POST
    @Path("/{orderId}/breach")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Find a breach of the order (违反财产报告制度, 法释〔2017〕8号 art. 9): no report by the deadline, "
            + "or a false report; it is the basis of a listing on 法释〔2017〕7号 art. 1(4)")
    public Uni<PropertyReportView> breach(@PathParam("id") UUID id, @PathParam("orderId") UUID orderId,
            @NotNull @Valid PropertyReportRequests.Breach body, @HeaderParam(KEY) String key) {
        return reports.breach(id, orderId, body.breach(), body.finding(), actor(), key).map(this::view);
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The case's 报告财产令 with their reports, in the order issued")
    public Uni<List<PropertyReportView>> list(@PathParam("id") UUID id) {
        return reports.ofCase(id, CourtScope.ownCourt(caller).court()).map(list -> list.stream().map(this::view).toList());
    }

    private CaseSteps.Actor actor() {
        return new CaseSteps.Actor(caller.name(), caller.requireCourt(), caller.officer());
    }

    private PropertyReportView view(PropertyReportOrder o) {
        return PropertyReportView.of(o, reports.declaration(o), clock.instant());
    }
}
