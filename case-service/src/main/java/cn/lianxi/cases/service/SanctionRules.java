package cn.lianxi.cases.service;

import java.time.LocalDate;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The court's credit sanctions: 纳入失信被执行人名单 and 限制消费令. case-service records the decision and announces it;
 * credit-sanction-service keeps the list and the orders.
 */
final class SanctionRules {

    /** A listing lasts two years unless the decision says otherwise (SPC rules 2017, art. 2). */
    static final int DEFAULT_LISTING_MONTHS = 24;

    private SanctionRules() {
    }

    static CaseChange listing(EnforcementCase c, CourtCaseEvent e, LocalDate today) {
        CaseTransitions.requireOpen(c, "list the respondent");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        if (respondent.minor) {
            throw new ProblemException(409, "minor-not-listable",
                    "a minor may not be put on the dishonest-debtor list", "respondentIdNumber");
        }
        int months = e.periodMonths() == null ? DEFAULT_LISTING_MONTHS : e.periodMonths();
        return CaseChange.of(c).step(CaseEventKind.DISHONEST_LISTING_DECIDED,
                "纳入失信名单 dishonest listing decided: ground " + e.ground() + ", " + months + " months",
                MeasureRules.respondent(respondent).put("ground", e.ground()).put("periodMonths", months)
                        .put("decisionDate", decisionDate(e, today)).put("documentNumber", e.documentNumber())
                        .map());
    }

    static CaseChange restriction(EnforcementCase c, CourtCaseEvent e, LocalDate today) {
        CaseTransitions.requireOpen(c, "restrict consumption");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        return CaseChange.of(c).step(CaseEventKind.CONSUMPTION_RESTRICTION_ORDERED,
                "限制消费令 consumption restriction ordered: " + e.behaviours().size() + " behaviours",
                MeasureRules.respondent(respondent).put("behaviours", e.behaviours())
                        .put("boundPersons", e.boundPersons() == null ? java.util.List.of() : e.boundPersons())
                        .put("decisionDate", decisionDate(e, today)).put("documentNumber", e.documentNumber())
                        .map());
    }

    private static LocalDate decisionDate(CourtCaseEvent e, LocalDate today) {
        return e.decisionDate() != null ? e.decisionDate() : today;
    }
}
