package cn.lianxi.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import io.smallrye.mutiny.Uni;

/**
 * A court's listing or restriction that credit-sanction-service refused ({@code credit.sanctions.v1}, change
 * REFUSED): the refusal and its reason go on the case timeline, so the court sees that nobody was listed and why.
 * The caller runs this once per event id.
 */
@ApplicationScoped
public class SanctionRefusals {

    private static final String ACTOR = "credit-sanction-service";

    /** The timeline detail: the event's fields without the subject's ID number (the case's parties hold it). */
    public record Refused(UUID sanctionEventId, SanctionKind sanction, String subjectName, ListingGround ground,
            List<RestrictedBehaviour> restrictedBehaviours, LocalDate validFrom, LocalDate validUntil, String reason,
            UUID decisionEventId, Instant occurredAt) {
    }

    private final ForeignChanges changes;

    public SanctionRefusals(ForeignChanges changes) {
        this.changes = changes;
    }

    /** Must run inside the transaction that marks the event processed. */
    public Uni<EnforcementCase> record(SanctionEvent e) {
        Refused detail = new Refused(e.eventId(), e.sanction(), e.subjectName(), e.ground(), e.restrictedBehaviours(),
                e.validFrom(), e.validUntil(), e.reason(), e.decisionEventId(), e.occurredAt());
        return changes.apply(e.caseId(), e.courtCode(), new ForeignChanges.Origin(e.eventId().toString(), ACTOR,
                "sanction.refused", "eventId=" + e.eventId() + "; sanction=" + e.sanction() + "; decisionEventId="
                        + e.decisionEventId()),
                c -> CaseChange.of(c).note(TimelineNote.SANCTION_REFUSED, "失信/限消 决定被拒 refused: " + e.reason(), detail));
    }
}
