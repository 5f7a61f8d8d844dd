package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtEventRecord;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.CourtEventRepository;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Court events that arrived before their case was filed. They are stored, never lost, and applied in their court
 * order in the filing's own transaction; one that no longer fits the case is marked REJECTED with the reason
 * (the rules refuse before they change anything, so the others still apply).
 */
@ApplicationScoped
public class HeldEvents {

    private final CourtEventRepository courtEvents;
    private final CaseChanges changes;
    private final CourtEventParser parser;
    private final Clock clock;

    public HeldEvents(CourtEventRepository courtEvents, CaseChanges changes, CourtEventParser parser, Clock clock) {
        this.courtEvents = courtEvents;
        this.changes = changes;
        this.parser = parser;
        this.clock = clock;
    }

    /** Stores an event for a case not filed yet. */
    public Uni<CourtEventRecord> hold(CourtCaseEvent e, String channel, String actor) {
        return record(e, channel, actor, CourtEventRecord.State.HELD, null).persist();
    }

    /** Stores an applied event. */
    public Uni<CourtEventRecord> applied(CourtCaseEvent e, String channel, String actor, UUID caseId) {
        CourtEventRecord r = record(e, channel, actor, CourtEventRecord.State.APPLIED, caseId);
        r.appliedAt = r.receivedAt;
        return r.persist();
    }

    /** Applies the events held for the just-filed case {@code c}; must run in the filing's transaction. */
    public Uni<Void> release(EnforcementCase c) {
        return courtEvents.held(c.courtCode, c.caseNumber).chain(held -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (CourtEventRecord r : held) {
                chain = chain.chain(() -> releaseOne(c, r));
            }
            return chain;
        });
    }

    private Uni<Void> releaseOne(EnforcementCase c, CourtEventRecord r) {
        r.caseId = c.id;
        r.appliedAt = clock.instant();
        return changes.apply(c, parser.stored(r.payload), r.actor)
                .invoke(() -> r.state = CourtEventRecord.State.APPLIED)
                .onFailure(ProblemException.class).recoverWithItem(refused -> {
                    r.state = CourtEventRecord.State.REJECTED;
                    r.reason = IntakeResult.rejected(r.eventId, (ProblemException) refused).reason().toString();
                    return c;
                })
                .replaceWithVoid();
    }

    private CourtEventRecord record(CourtCaseEvent e, String channel, String actor, CourtEventRecord.State state,
            UUID caseId) {
        CourtEventRecord r = new CourtEventRecord();
        r.id = UUID.randomUUID();
        r.courtCode = e.courtCode();
        r.eventId = e.eventId();
        r.caseNumber = e.caseNumber();
        r.kind = e.kind().name();
        r.channel = channel;
        r.state = state;
        r.caseId = caseId;
        r.actor = actor;
        r.payload = parser.json(e);
        r.occurredAt = e.occurredAt();
        Instant now = clock.instant();
        r.receivedAt = now;
        return r;
    }
}
