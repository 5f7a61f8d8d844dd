package cn.lianxi.cases.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.CourtRequest;
import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.service.CaseSteps;
import cn.lianxi.cases.service.CourtRequests;
import cn.lianxi.cases.service.CourtScopes;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CourtRequestOutcome;
import cn.lianxi.contracts.CourtRequestStep;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.kit.time.ReportPeriod;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * 事项委托 / 异地执行协作 (民事诉讼法 (2017 text) art. 229): a clerk or judge of a case's court asks another court to serve a
 * document, investigate or seize by a date; the receiving court's clerks and judges find it in their inbox and
 * answer it once ({@link CaseCourtRequestResource} sends them). Either court reads the request; any other court gets
 * 404. The figures count them per pair of courts.
 */
@Path("/court-requests")
@Tag(name = "court requests")
public class CourtRequestResource {

    /** The request: the receiving court, the step, what exactly, by when. */
    public record Ask(@NotBlank @Size(max = 20) @CleanText String toCourt, @NotNull CourtRequestStep step,
            @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String details,
            @NotNull LocalDate dueOn) {
    }

    /** A document of the answer, named by its SHA-256 (64 lower-case hexadecimal digits). */
    public record Evidence(@NotBlank @Size(max = 200) @CleanText String name,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256,
            @NotBlank @Size(max = 100) @CleanText String mediaType) {
    }

    /** The receiving court's answer. */
    public record Answer(@NotNull CourtRequestOutcome outcome,
            @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String summary,
            @Size(max = 50) List<@Valid @NotNull Evidence> evidence) {
    }

    private final CourtRequests requests;
    private final CourtScopes scopes;
    private final Caller caller;

    public CourtRequestResource(CourtRequests requests, CourtScopes scopes, Caller caller) {
        this.requests = requests;
        this.scopes = scopes;
        this.caller = caller;
    }

    @GET
    @Path("inbox")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "The requests sent to the caller's court, the open ones first, each oldest first")
    public Uni<List<CourtRequestView>> inbox() {
        return requests.inbox(caller.requireCourt()).map(list -> list.stream().map(this::view).toList());
    }

    @GET
    @Path("{rid: [0-9a-fA-F-]{36}}")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One request, for the requesting or the receiving court (an intermediate court's division "
            + "head: of the courts it leads too, so it watches their deadlines); any other court's staff 404")
    public Uni<CourtRequestView> get(@PathParam("rid") UUID rid) {
        return scopes.of(caller).chain(scope -> requests.get(rid, scope)).map(this::view);
    }

    @POST
    @Path("{rid: [0-9a-fA-F-]{36}}/answer")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "The receiving court's answer, once (a second is 409 already-answered); it shows on the "
            + "requesting case's timeline")
    public Uni<CourtRequestView> answer(@PathParam("rid") UUID rid, @NotNull @Valid Answer body) {
        List<CaseEventDetail.Evidence> evidence = body.evidence() == null ? List.of() : body.evidence().stream()
                .map(e -> new CaseEventDetail.Evidence(e.name(), e.sha256(), e.mediaType())).toList();
        return requests.answer(rid, new CourtRequests.Answer(body.outcome(), body.summary(), evidence), actor())
                .map(this::view);
    }

    @GET
    @Path("figures")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Requests between courts made in [from, to] (UTC days), per requesting and receiving court: "
            + "sent, answered, answeredWithinDeadline (by the end of dueOn, China time), averageHoursToAnswer; court "
            + "staff the requests their court made or received (an intermediate court's division head: of the "
            + "courts it leads too)")
    public Uni<CourtRequests.Figures> figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        return scopes.of(caller).chain(scope -> requests.figures(period, scope));
    }

    private CourtRequestView view(CourtRequest r) {
        return CourtRequestView.of(r, requests.evidence(r));
    }

    private CaseSteps.Actor actor() {
        return new CaseSteps.Actor(caller.name(), caller.requireCourt(), caller.officer());
    }
}
