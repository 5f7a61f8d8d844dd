package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.contracts.CaseEvent;
import io.smallrye.mutiny.Uni;

/**
 * Stores a decided {@link CaseChange}: the case, its receipt in the case's ledger, a timeline entry per step (and
 * note), the freeze register's rows for the bank orders it publishes, the measure register's row for every referral
 * order ({@link MeasureRegister}), the clocks its steps start or stop ({@link CaseClocks}), and the outbox events,
 * sealed by the case's court ({@link CourtSeal}). A change ordering an agency passes the {@link AgencyOrderGate} first.
 */
@ApplicationScoped
public class CaseChangeWriter {

    /** {@code timeline_entry.summary} is {@code varchar(500)}. */
    private static final int SUMMARY_LENGTH = 500;

    private final CaseRepository cases;
    private final CaseEvents events;
    private final CaseLedger ledger;
    private final FreezeRegister register;
    private final CaseClocks clocks;
    private final MeasureRegister measures;
    private final AgencyOrderGate gate;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CaseChangeWriter(CaseRepository cases, CaseEvents events, CaseLedger ledger, FreezeRegister register,
            CaseClocks clocks, MeasureRegister measures, AgencyOrderGate gate, ObjectMapper mapper, Clock clock) {
        this.measures = measures;
        this.gate = gate;
        this.cases = cases;
        this.events = events;
        this.ledger = ledger;
        this.register = register;
        this.clocks = clocks;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Must run inside the transaction of the change. */
    public Uni<EnforcementCase> write(CaseChange change, String eventId, String actor) {
        EnforcementCase c = change.enforcementCase();
        Instant now = clock.instant();
        c.updatedAt = now;
        // the ledger first: it sets the amount recovered the published snapshots carry and may add notes
        return gate.admit(change)
                .chain(() -> change.isCreated() ? cases.persist(c) : Uni.createFrom().voidItem())
                .chain(() -> ledger.post(change, eventId, now))
                .chain(() -> entries(change, eventId, actor, now))
                .replaceWith(c);
    }

    private Uni<Void> entries(CaseChange change, String eventId, String actor, Instant now) {
        EnforcementCase c = change.enforcementCase();
        Uni<?> chain = Uni.createFrom().voidItem();
        for (CaseChange.Entry entry : change.entries()) {
            if (entry instanceof CaseChange.Step step) {
                // the entry after the event: it names the court whose seal the published event carries
                chain = chain.chain(() -> register.ordered(c, step.detail()))
                        .chain(() -> measures.ordered(c, step.detail()))
                        .chain(() -> clocks.step(c, step.detail(), actor, now))
                        .chain(() -> events.publish(c, step.detail(), now))
                        .chain(event -> sealed(timeline(c, entry, eventId, actor, now), event).persist());
            } else {
                chain = chain.chain(() -> timeline(c, entry, eventId, actor, now).persist());
            }
        }
        return chain.replaceWithVoid();
    }

    private TimelineEntry timeline(EnforcementCase c, CaseChange.Entry step, String eventId, String actor,
            Instant now) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = c.id;
        entry.at = now;
        entry.kind = step.timelineKind();
        entry.summary = shortened(step.summary());
        entry.actor = actor;
        entry.eventId = eventId;
        entry.detail = json(step.detail());
        return entry;
    }

    private static TimelineEntry sealed(TimelineEntry entry, CaseEvent event) {
        entry.sealedBy = event.seal() == null ? null : event.courtCode();
        return entry;
    }

    /** A summary quoting another service's reason must still fit its column rather than fail the whole change. */
    private static String shortened(String summary) {
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    /** The typed detail as the published event carries it (amounts with two decimals). */
    private String json(Object detail) {
        try {
            return mapper.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline detail is not serialisable", e);
        }
    }
}
