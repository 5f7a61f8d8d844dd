package cn.lianxi.credit.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail.ConsumptionRestrictionOrdered;
import cn.lianxi.contracts.CaseEventDetail.DishonestListingDecided;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.RestrictionBoundPerson;
import cn.lianxi.credit.RestrictionOrder;

/**
 * Builds the {@link SanctionEvent}s of the exchange. A company's restriction order is announced once for the company
 * and once for each bound person whose ID the order gives (same sanction id, {@code reason} {@code bound:<role>}),
 * so an agency matching on ID numbers finds the legal representative and persons in charge too.
 */
public final class SanctionMapper {

    private SanctionMapper() {
    }

    public static SanctionEvent listingEvent(DishonestListing l, SanctionChange change, String reason, Instant at) {
        return new SanctionEvent(UUID.randomUUID(), l.id, SanctionKind.DISHONEST_LISTING, change, l.caseId,
                l.courtCode, l.subjectName, l.subjectId, l.groundValue(), List.of(), l.decisionDate, l.validUntil,
                reason, null, at);
    }

    public static List<SanctionEvent> restrictionEvents(RestrictionOrder r, List<RestrictionBoundPerson> bound,
            SanctionChange change, String reason, Instant at) {
        List<SanctionEvent> events = new ArrayList<>();
        events.add(restrictionEvent(r, r.subjectName, r.subjectId, change, reason, at));
        for (RestrictionBoundPerson p : bound) {
            if (p.idNumber != null) {
                String why = reason == null ? "bound:" + p.role : reason + ";bound:" + p.role;
                events.add(restrictionEvent(r, p.name, p.idNumber, change, why, at));
            }
        }
        return events;
    }

    /**
     * The court's listing decision, refused by the credit rules: nothing was imposed (no sanction id); the event
     * names the case event it answers and the rule, so the court's timeline can show why.
     */
    public static SanctionEvent refused(CaseEvent event, DishonestListingDecided d, String reason, Instant at) {
        return refusal(event, SanctionKind.DISHONEST_LISTING, d.respondent(), d.ground(), List.of(), d.decisionDate(),
                reason, at);
    }

    /** The court's restriction order, refused by the credit rules (as a listing decision is). */
    public static SanctionEvent refused(CaseEvent event, ConsumptionRestrictionOrdered o, String reason, Instant at) {
        return refusal(event, SanctionKind.CONSUMPTION_RESTRICTION, o.respondent(), null, o.behaviours(),
                o.decisionDate(), reason, at);
    }

    private static SanctionEvent refusal(CaseEvent event, SanctionKind kind, PartyRef respondent, ListingGround ground,
            List<RestrictedBehaviour> behaviours, LocalDate decisionDate, String reason, Instant at) {
        return new SanctionEvent(UUID.randomUUID(), null, kind, SanctionChange.REFUSED, event.caseId(),
                event.courtCode(), respondent.name(), respondent.idNumber(), ground, behaviours, decisionDate, null,
                reason, event.eventId(), at);
    }

    private static SanctionEvent restrictionEvent(RestrictionOrder r, String name, String idNumber,
            SanctionChange change, String reason, Instant at) {
        return new SanctionEvent(UUID.randomUUID(), r.id, SanctionKind.CONSUMPTION_RESTRICTION, change, r.caseId,
                r.courtCode, name, idNumber, null, r.behaviourList(), r.orderDate, null, reason, null, at);
    }
}
