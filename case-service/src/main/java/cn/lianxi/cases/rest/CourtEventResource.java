package cn.lianxi.cases.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.CourtEventRecord;
import cn.lianxi.cases.repository.CourtEventRepository;
import cn.lianxi.cases.service.CourtEventIntake;
import cn.lianxi.cases.service.IntakeResult;
import cn.lianxi.kit.persistence.Detached;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Court event intake over HTTP (法院系统推送): a batch of up to 1,000 events of the caller's court, answered event by
 * event. Each event is applied in its own transaction, in the batch's order; a batch runs to its end even when the
 * caller closes the connection ({@link Detached}).
 */
@Path("/court-events")
@Tag(name = "court events")
public class CourtEventResource {

    /** A batch of court events; each element is a {@code CourtCaseEvent} (see the README for the kinds). */
    public record Batch(@NotNull @NotEmpty @Size(max = 1000) List<@NotNull JsonNode> events) {
    }

    /** The per-event answers, in the batch's order, and their tally. */
    public record BatchResult(long accepted, long duplicates, long rejected, List<IntakeResult> results) {
    }

    /** Where one accepted event stands (APPLIED, HELD, or REJECTED when applied late). */
    public record EventState(String eventId, String caseNumber, String kind, String state, String reason,
            String caseId) {
    }

    private final CourtEventIntake intake;
    private final CourtEventRepository courtEvents;
    private final Caller caller;

    public CourtEventResource(CourtEventIntake intake, CourtEventRepository courtEvents, Caller caller) {
        this.intake = intake;
        this.courtEvents = courtEvents;
        this.caller = caller;
    }

    /**
     * A filing's answer carries its parties' query codes (查询码) for a clerk or judge, who hands them to the parties;
     * a court's system gets none (its answers pass through integration logs), and its clerk issues them instead.
     */
    @POST
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.COURT_SYSTEM})
    @Operation(summary = "Submit a batch of court events (accepted / duplicate / rejected per event)")
    public Uni<BatchResult> submit(@NotNull @Valid Batch batch) {
        String court = caller.requireCourt();
        String actor = caller.name();
        boolean officer = caller.hasRole(Roles.COURT_CLERK) || caller.hasRole(Roles.JUDGE);
        // detached: a court system that stops waiting does not cut the batch (or one event's transaction) short
        return Detached.of(Multi.createFrom().iterable(batch.events())
                .onItem().transformToUniAndConcatenate(node -> intake.submit(node, court, actor,
                        CourtEventIntake.Channel.HTTP))
                .map(result -> officer ? result : result.withoutQueryCodes())
                .collect().asList())
                .map(results -> new BatchResult(count(results, IntakeResult.Status.ACCEPTED),
                        count(results, IntakeResult.Status.DUPLICATE), count(results, IntakeResult.Status.REJECTED),
                        results));
    }

    @GET
    @Path("/{eventId}")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.COURT_SYSTEM})
    @Operation(summary = "Where one of the caller's court's events stands")
    public Uni<EventState> state(@PathParam("eventId") String eventId) {
        return Panache.withSession(() -> courtEvents.findByEventId(caller.requireCourt(), eventId)).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("court event");
            }
            return toState(r);
        });
    }

    @GET
    @Path("/held")
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.COURT_SYSTEM})
    @Operation(summary = "The caller's court's events still waiting for their case to be filed")
    public Uni<List<EventState>> held(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return Panache.withSession(() -> courtEvents.heldOf(caller.requireCourt(), page, size))
                .map(list -> list.stream().map(CourtEventResource::toState).toList());
    }

    private static EventState toState(CourtEventRecord r) {
        return new EventState(r.eventId, r.caseNumber, r.kind, r.state.name(), r.reason,
                r.caseId == null ? null : r.caseId.toString());
    }

    private static long count(List<IntakeResult> results, IntakeResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
