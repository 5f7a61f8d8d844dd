package cn.lianxi.credit.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.credit.BoundPerson;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.RestrictionOrder;

/**
 * Builds the {@link SanctionEvent}s of the exchange. A company's restriction order is announced once for the company
 * and once for each bound person whose ID the order gives (same sanction id, {@code reason} {@code bound:<role>}),
 * so an agency matching on ID numbers finds the legal representative and persons in charge too.
 */
public final class SanctionMapper {

    public static final String LISTING = "DISHONEST_LISTING";
    public static final String RESTRICTION = "CONSUMPTION_RESTRICTION";

    private SanctionMapper() {
    }

    public static SanctionEvent listingEvent(DishonestListing l, String change, String reason, Instant at) {
        return new SanctionEvent(UUID.randomUUID(), l.id, LISTING, change, l.caseId, l.courtCode, l.subjectName,
                l.subjectId, Integer.toString(l.ground), List.of(), l.decisionDate, l.validUntil, reason, at);
    }

    public static List<SanctionEvent> restrictionEvents(RestrictionOrder r, List<BoundPerson> bound, String change,
            String reason, Instant at) {
        List<SanctionEvent> events = new ArrayList<>();
        events.add(restrictionEvent(r, r.subjectName, r.subjectId, change, reason, at));
        for (BoundPerson p : bound) {
            if (p.idNumber != null) {
                String why = reason == null ? "bound:" + p.role : reason + ";bound:" + p.role;
                events.add(restrictionEvent(r, p.name, p.idNumber, change, why, at));
            }
        }
        return events;
    }

    private static SanctionEvent restrictionEvent(RestrictionOrder r, String name, String idNumber, String change,
            String reason, Instant at) {
        return new SanctionEvent(UUID.randomUUID(), r.id, RESTRICTION, change, r.caseId, r.courtCode, name, idNumber,
                null, r.behaviourList(), r.orderDate, null, reason, at);
    }
}
