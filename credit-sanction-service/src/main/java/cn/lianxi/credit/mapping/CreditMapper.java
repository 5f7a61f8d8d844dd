package cn.lianxi.credit.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.lianxi.credit.RestrictionBoundPerson;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.credit.rest.CaseRecordView;
import cn.lianxi.credit.rest.ListingView;
import cn.lianxi.credit.rest.RestrictionView;

/** Maps the service's records to their API views. */
public final class CreditMapper {

    private CreditMapper() {
    }

    public static CaseRecordView toView(CaseRecord c, List<CaseRespondent> respondents) {
        return new CaseRecordView(c.id, c.courtCode, c.caseNumber, c.status, c.conclusionType, c.amountOwed,
                c.amountRecovered, c.enforcementMeasures, c.lastEventId, c.lastEventAt,
                respondents.stream().map(r -> new CaseRecordView.RespondentView(r.type, r.name, r.idNumber, r.minor,
                        r.legalRepresentative)).toList());
    }

    public static ListingView toView(DishonestListing l) {
        var ground = l.groundValue();
        return new ListingView(l.id, l.caseId, l.courtCode, l.caseNumber, l.subjectType, l.subjectName, l.subjectId,
                l.ground, ground.text, l.decisionDate, l.documentNumber, l.periodMonths,
                l.validUntil, l.status.name(), l.liftReason == null ? null : l.liftReason.name(), l.liftDueBy,
                l.liftedAt, onTime(l.liftedAt, l.liftDueBy));
    }

    public static RestrictionView toView(RestrictionOrder o, List<RestrictionBoundPerson> bound) {
        return new RestrictionView(o.id, o.caseId, o.courtCode, o.caseNumber, o.subjectType, o.subjectName,
                o.subjectId, o.orderDate, o.documentNumber, o.behaviourList(),
                bound.stream().map(b -> new RestrictionView.BoundPersonView(b.role, b.name, b.idNumber)).toList(),
                o.status.name(), o.liftReason == null ? null : o.liftReason.name(), o.liftDueBy, o.liftedAt,
                onTime(o.liftedAt, o.liftDueBy));
    }

    /** Whether an ended sanction ended by its due date (China calendar date); null while it is active. */
    static Boolean onTime(Instant liftedAt, LocalDate dueBy) {
        if (liftedAt == null || dueBy == null) {
            return null;
        }
        return !LocalDate.ofInstant(liftedAt, PlatformClock.ZONE).isAfter(dueBy);
    }
}
