package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.CaseEventDetail.ConsumptionRestrictionOrdered;
import cn.lianxi.contracts.RestrictedBehaviour;

/**
 * A consumption restriction order (限制消费令), whoever made it: a credit officer (REST) or the court (a
 * {@code CONSUMPTION_RESTRICTION_ORDERED} case event).
 *
 * @param behaviours   the barred behaviours; empty means all of them
 * @param boundPersons for a company: its legal representative and the persons in charge named in the order
 */
public record RestrictionDecision(UUID caseId, String respondentIdNumber, LocalDate orderDate, String documentNumber,
        List<RestrictedBehaviour> behaviours, List<BoundPerson> boundPersons) {

    public RestrictionDecision {
        behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
        boundPersons = boundPersons == null ? List.of() : List.copyOf(boundPersons);
    }

    /** The court's order as its case event carries it. */
    public static RestrictionDecision of(UUID caseId, ConsumptionRestrictionOrdered o) {
        return new RestrictionDecision(caseId, o.respondent().idNumber(), o.decisionDate(), o.documentNumber(),
                o.behaviours(), o.boundPersons());
    }
}
