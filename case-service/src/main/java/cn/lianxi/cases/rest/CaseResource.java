package cn.lianxi.cases.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.repository.CaseCriteria;
import cn.lianxi.cases.service.CaseQueries;
import cn.lianxi.cases.service.CourtScopes;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Enforcement cases. Court staff (clerks, judges) see and file only their own court's cases, an intermediate court's
 * division head (执行局长) reads those of the courts it leads too (三统一, {@link CourtScopes}); the joint-meeting
 * office, auditors and admins read every court's. Filing goes through the court-event intake as a CASE_FILED event.
 */
@Path("/cases")
@Tag(name = "cases")
public class CaseResource {

    private static final String ID = "{id: [0-9a-fA-F-]{36}}";

    private final CaseQueries queries;
    private final CaseActions actions;
    private final CourtScopes scopes;
    private final Caller caller;

    public CaseResource(CaseQueries queries, CaseActions actions, CourtScopes scopes, Caller caller) {
        this.queries = queries;
        this.actions = actions;
        this.scopes = scopes;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "File an enforcement case (立案) for the caller's court")
    @APIResponse(responseCode = "201", description = "The case, filed; Location names it. Each party carries its "
            + "query code (queryCode, 查询码, 执行公开), shown this once: hand it to the party (a repeated filing "
            + "shows none; POST /cases/{id}/parties/{partyId}/query-code issues a new one)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> file(@NotNull @Valid FileCaseRequest request, @HeaderParam("Idempotency-Key") String key) {
        return actions.file(request, key).map(f -> Response.created(URI.create("/cases/" + f.enforcementCase().id))
                .entity(CaseMapper.toView(f.enforcementCase(), f.queryCodes())).build());
    }

    @GET
    @Path(ID)
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One case with its parties")
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return scopes.of(caller).chain(scope -> queries.visible(id, scope)).map(CaseMapper::toView);
    }

    @GET
    @Path(ID + "/timeline")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The case timeline (案件流程节点), oldest first")
    public Uni<List<TimelineView>> timeline(@PathParam("id") UUID id) {
        return scopes.of(caller).chain(scope -> queries.timeline(id, scope))
                .map(list -> list.stream().map(CaseMapper::toView).toList());
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Search cases (the caller's court for court staff); total count in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CaseView.class)),
            headers = { @Header(name = "X-Total-Count", description = "the number of matches",
                    schema = @Schema(type = SchemaType.INTEGER)) })
    public Uni<Response> search(@QueryParam("court") String court, @QueryParam("caseNumber") String caseNumber,
            @QueryParam("status") CaseStatus status, @QueryParam("judge") String judge,
            @QueryParam("filedFrom") LocalDate filedFrom, @QueryParam("filedTo") LocalDate filedTo,
            @QueryParam("respondentId") String respondentId, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (!CaseCriteria.isSortable(sort)) {
            throw ProblemException.badRequest(ProblemType.INVALID_SORT, "sort",
                    "sort by filedOn, caseNumber, amountOwed, amountRecovered, updatedAt or status (- for descending)");
        }
        String respondent = respondentId == null ? null : respondentId.trim().toUpperCase(java.util.Locale.ROOT);
        return scopes.of(caller).chain(scope -> {
            CaseCriteria criteria = new CaseCriteria(scope.narrow(court, "cases").courts(), caseNumber, status, judge,
                    filedFrom, filedTo, respondent, sort, page, size);
            Uni<Void> audited = respondent == null ? Uni.createFrom().voidItem() : actions.auditLookup(respondent);
            return audited.chain(() -> queries.search(criteria));
        }).map(found -> PageResponses.of(found, CaseMapper::toView));
    }
}
