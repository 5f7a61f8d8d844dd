package cn.lianxi.cases.rest;

import cn.lianxi.cases.ClockKind;
import cn.lianxi.cases.service.CaseClocks;
import cn.lianxi.cases.service.CaseQueries;
import cn.lianxi.cases.service.CourtScopes;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The data cage (数据铁笼): a case's clocks for its court's staff and the overseers, and the breaches of a court for
 * its division head (执行局长, role {@code division-head}, bound to the court) and the overseers. A judge or clerk
 * who is not a division head does not see the court's list of breaches: whose lateness it is is for the superior.
 */
@Path("/cases")
@Tag(name = "cases")
public class ClockResource {

    private final CaseClocks clocks;
    private final CaseQueries queries;
    private final CourtScopes scopes;
    private final Caller caller;

    public ClockResource(CaseClocks clocks, CaseQueries queries, CourtScopes scopes, Caller caller) {
        this.clocks = clocks;
        this.queries = queries;
        this.scopes = scopes;
        this.caller = caller;
    }

    @GET
    @Path("{id: [0-9a-fA-F-]{36}}/clocks")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The case's clocks (数据铁笼): started, due, stopped, breached; another court's case is 404")
    public Uni<List<ClockView>> ofCase(@PathParam("id") UUID id) {
        return scopes.of(caller).chain(scope -> queries.visible(id, scope)).chain(c -> clocks.ofCase(c.id))
                .map(list -> list.stream().map(ClockView::of).toList());
    }

    @GET
    @Path("clock-breaches")
    @RolesAllowed({Roles.DIVISION_HEAD, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Breached clocks, newest first: a division head's own court (another court's is 403), "
            + "the overseers' any court or all; total count in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of breaches",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ClockView.class)),
            headers = { @Header(name = "X-Total-Count", description = "the number of matches",
                    schema = @Schema(type = SchemaType.INTEGER)) })
    public Uni<Response> breaches(@QueryParam("court") String court, @QueryParam("kind") ClockKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return scopes.of(caller)
                .chain(scope -> clocks.breaches(scope.narrow(court, "clock breaches"), kind, page, size))
                .map(found -> PageResponses.of(found, ClockView::of));
    }
}
