package cn.lianxi.cases.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.repository.CourtEventRepository;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.CourtEventKind;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.inbox.TransientFailures;
import cn.lianxi.kit.persistence.Detached;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Court event intake (法院事件接入): the single path for the HTTP batch, the Kafka topic and the judges' REST actions.
 * Each event is checked, deduplicated on (court, event id), then applied to its case or held until the case is
 * filed — all in its own transaction, so an event is applied entirely or not at all, whatever its batch does.
 * Every accepted or refused event is audited.
 */
@ApplicationScoped
public class CourtEventIntake {

    /** The ProcessedEvents consumer name; event ids are scoped by court. */
    static final String CONSUMER = "court-intake";

    /** How an event reached the intake. */
    public enum Channel {
        HTTP,
        KAFKA,
        REST
    }

    private final CourtEventParser parser;
    private final CaseRepository cases;
    private final CourtEventRepository courtEvents;
    private final CaseChanges changes;
    private final HeldEvents held;
    private final ProcessedEvents processed;
    private final AuditLog audit;
    private final QueryCodeIssuer queryCodes;

    public CourtEventIntake(CourtEventParser parser, CaseRepository cases, CourtEventRepository courtEvents,
            CaseChanges changes, HeldEvents held, ProcessedEvents processed, AuditLog audit,
            QueryCodeIssuer queryCodes) {
        this.parser = parser;
        this.cases = cases;
        this.courtEvents = courtEvents;
        this.changes = changes;
        this.held = held;
        this.processed = processed;
        this.audit = audit;
        this.queryCodes = queryCodes;
    }

    /**
     * A court event as JSON (HTTP batch, Kafka).
     *
     * @param boundCourt the caller's court (HTTP), or null when the event names it (Kafka)
     * @param actor      who sent it; null means the court's system ({@code court-system:<court>})
     */
    public Uni<IntakeResult> submit(JsonNode node, String boundCourt, String actor, Channel channel) {
        CourtCaseEvent event;
        try {
            event = parser.parse(node, boundCourt);
        } catch (ProblemException refused) {
            return refuse(CourtEventParser.eventIdOf(node), boundCourt, actor, channel, refused);
        }
        return admit(event, actor, channel);
    }

    /** A court event built by this service from a judge's REST action; checked like any other. */
    public Uni<IntakeResult> submit(CourtCaseEvent event, String actor, Channel channel) {
        try {
            parser.valid(event);
        } catch (ProblemException refused) {
            return refuse(event.eventId(), event.courtCode(), actor, channel, refused);
        }
        return admit(event, actor, channel);
    }

    /**
     * A court event a second officer approved (制度铁笼), built from the stored request: checked and applied like any
     * other, but inside the caller's transaction, so that the approval and the action's effect commit together. A
     * refusal fails that transaction with its problem (nothing of the approval is kept either).
     */
    public Uni<IntakeResult> applyApproved(CourtCaseEvent event, String actor) {
        return Uni.createFrom().deferred(() -> {
            parser.valid(event);
            return accept(event, actor, Channel.REST);
        });
    }

    private Uni<IntakeResult> admit(CourtCaseEvent event, String actor, Channel channel) {
        String sender = actor != null ? actor : "court-system:" + event.courtCode();
        // detached: a judge's action (or a batch) whose caller hangs up still commits or rolls back cleanly
        return Detached.of(TransientFailures.retried(
                () -> Panache.withTransaction(() -> accept(event, sender, channel))))
                .onFailure(ProblemException.class)
                .recoverWithUni(refused -> refuse(event.eventId(), event.courtCode(), sender, channel,
                        (ProblemException) refused));
    }

    /**
     * The same id with the same content is a harmless re-send; with other content it is refused, so that neither
     * the first content nor the new one is lost without the court hearing of it.
     */
    private Uni<IntakeResult> accept(CourtCaseEvent e, String actor, Channel channel) {
        return processed.markFirstSeen(CONSUMER, e.courtCode() + "/" + e.eventId(), parser.fingerprint(e))
                .chain(seen -> switch (seen) {
                    case FIRST -> route(e, actor, channel);
                    case DUPLICATE -> courtEvents.findByEventId(e.courtCode(), e.eventId())
                            .map(r -> IntakeResult.duplicate(e.eventId(), r == null ? null : r.caseId));
                    case CONFLICT -> Uni.createFrom().<IntakeResult>failure(new ProblemException(ProblemType.CONFLICTING_DUPLICATE,
                            "event " + e.eventId() + " was accepted before with other content", "eventId"));
                });
    }

    private Uni<IntakeResult> route(CourtCaseEvent e, String actor, Channel channel) {
        return cases.findByNumberForUpdate(e.courtCode(), e.caseNumber()).chain(c -> {
            if (c == null && e.kind() != CourtEventKind.CASE_FILED) {
                return held.hold(e, channel.name(), actor)
                        .chain(() -> audit(actor, "court-event.held", "court-event:" + e.courtCode() + ":" + e.eventId(), e, channel))
                        .replaceWith(IntakeResult.held(e.eventId()));
            }
            return changes.apply(c, e, actor).chain(applied -> afterApply(applied, e, actor, channel));
        });
    }

    /** A filing also issues its parties' query codes (执行公开), in the same transaction, whatever the channel. */
    private Uni<IntakeResult> afterApply(EnforcementCase c, CourtCaseEvent e, String actor, Channel channel) {
        boolean filing = e.kind() == CourtEventKind.CASE_FILED;
        Uni<?> release = filing ? held.release(c) : Uni.createFrom().voidItem();
        return release.chain(() -> held.applied(e, channel.name(), actor, c.id))
                .chain(() -> audit(actor, "court-event.applied", c.id.toString(), e, channel))
                .chain(() -> filing
                        ? queryCodes.atFiling(c, actor).map(codes -> IntakeResult.filed(e.eventId(), c.id, codes))
                        : Uni.createFrom().item(IntakeResult.applied(e.eventId(), c.id)));
    }

    /** A refusal changes nothing but is still audited, in a transaction of its own. */
    private Uni<IntakeResult> refuse(String eventId, String court, String actor, Channel channel,
            ProblemException refused) {
        IntakeResult result = IntakeResult.rejected(eventId, refused);
        String who = actor != null ? actor : "court-system:" + court;
        return Panache.withTransaction(() -> audit.append(who, "court-event.rejected",
                "court-event:" + court + ":" + eventId,
                "channel=" + channel + "; reason=" + result.reason().rule() + " [" + result.reason().field() + "]"))
                .replaceWith(result);
    }

    private Uni<Void> audit(String actor, String action, String subject, CourtCaseEvent e, Channel channel) {
        return audit.append(actor, action, subject, "eventId=" + e.eventId() + "; kind=" + e.kind() + "; court="
                + e.courtCode() + "; caseNumber=" + e.caseNumber() + "; channel=" + channel);
    }
}
