package cn.lianxi.cases.service;

import java.time.LocalDate;
import java.util.List;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The court's credit sanctions: 纳入失信被执行人名单 and 限制消费令. case-service records the decision and announces it;
 * credit-sanction-service keeps the list and the orders. The rules that need the case's respondent are checked here,
 * at intake, so the court hears "refused" at once instead of from credit later.
 */
final class SanctionRules {

    /** A listing lasts two years unless the decision says otherwise (法释〔2017〕7号 art. 2). */
    static final int DEFAULT_LISTING_MONTHS = 24;

    private SanctionRules() {
    }

    static CaseChange listing(EnforcementCase c, CourtCaseEvent.DishonestListingDecided e, LocalDate today) {
        CaseTransitions.requireOpen(c, "list the respondent");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        LocalDate decided = e.decisionDate() != null ? e.decisionDate() : today;
        // 法释〔2017〕7号 art. 4: a minor is not listed; a minor on the decision date, not on the filing date
        if (respondent.type == PartyType.PERSON && IdentityNumbers.isMinorOn(respondent.idNumber, decided)) {
            throw new ProblemException(ProblemType.MINOR_NOT_LISTABLE, 409,
                    "the respondent is a minor on the decision date and may not be listed (法释〔2017〕7号 art. 4)",
                    "respondentIdNumber");
        }
        int months = e.periodMonths() == null ? DEFAULT_LISTING_MONTHS : e.periodMonths();
        return CaseChange.of(c).step("纳入失信名单 dishonest listing decided: ground " + e.ground().number + ", "
                + months + " months", new CaseEventDetail.DishonestListingDecided(CaseMapper.toRef(respondent),
                        e.ground(), months, decided, documentNumber(c, e.documentNumber())));
    }

    static CaseChange restriction(EnforcementCase c, CourtCaseEvent.ConsumptionRestrictionOrdered e, LocalDate today) {
        CaseTransitions.requireOpen(c, "restrict consumption");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        var bound = e.boundPersons() == null ? List.<BoundPerson>of() : e.boundPersons();
        // 法释〔2015〕17号 art. 3, second paragraph: only a company's order also binds its representative and others
        if (!bound.isEmpty() && respondent.type == PartyType.PERSON) {
            throw new ProblemException(ProblemType.BOUND_PERSONS_NEED_COMPANY,
                    "only an order against a company binds other persons (法释〔2015〕17号 art. 3)", "boundPersons");
        }
        return CaseChange.of(c).step("限制消费令 consumption restriction ordered: " + e.behaviours().size()
                + " behaviours", new CaseEventDetail.ConsumptionRestrictionOrdered(CaseMapper.toRef(respondent),
                        e.behaviours(), bound, e.decisionDate() != null ? e.decisionDate() : today,
                        documentNumber(c, e.documentNumber())));
    }

    /** The decision's document number; the case number when the court gave none. */
    private static String documentNumber(EnforcementCase c, String given) {
        return given != null && !given.isBlank() ? given : c.caseNumber;
    }
}
