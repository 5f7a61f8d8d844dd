package cn.lianxi.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.config.Term;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SelfPerformance;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The court's credit sanctions: 纳入失信被执行人名单 and 限制消费令. case-service records the decision and announces it;
 * credit-sanction-service keeps the list and the orders. The rules that need only the case (its respondent exists,
 * bound persons need a company) are checked here, at intake, so the court hears "refused" at once; the listing rules
 * of 法释〔2017〕7号 (a minor on the decision date, security, the extension, the six-month bar) are checked in one place,
 * credit-sanction-service, whose refusal comes back onto the timeline.
 */
final class SanctionRules {

    /** A listing on art. 1 items (2)-(6) lasts two years unless the decision says otherwise (法释〔2017〕7号 art. 2). */
    static final int DEFAULT_LISTING_MONTHS = 24;

    private SanctionRules() {
    }

    /**
     * 纳入失信名单, refused here when credit would refuse it for what the case knows (the contract's
     * {@link SelfPerformance#listingBar}): a ground (1) listing of a respondent found unable to perform (法释〔2017〕7号
     * art. 1(1), art. 3), or any listing before the grace period (宽限期) after the performance notice has passed.
     */
    static CaseChange listing(EnforcementCase c, CourtCaseEvent.DishonestListingDecided e, LocalDate today,
            Instant at, Term listingGrace) {
        CaseTransitions.requireOpen(c, "list the respondent");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        Instant graceEnds = c.performanceDue == null ? null : listingGrace.after(c.performanceDue);
        SelfPerformance.listingBar(e.ground(), respondent.capacity, graceEnds, at).ifPresent(bar -> {
            throw new ProblemException(bar.type(), bar.reason(), bar.type() == ProblemType.RESPONDENT_UNABLE
                    ? "respondentIdNumber" : "decisionDate");
        });
        LocalDate decided = e.decisionDate() != null ? e.decisionDate() : today;
        // The listing rules that need the respondent's record (a minor on the decision date, 法释〔2017〕7号 art. 4;
        // security, art. 3; the extension; the six-month bar, art. 10) are credit-sanction-service's, in one place:
        // a refusal comes back as a REFUSED sanction event onto the timeline.
        // Art. 2: items (2)-(6) have a term (24 months unless extended); item (1) none (the contract refuses one).
        Integer months = !e.ground().hasFixedTerm() ? null
                : e.periodMonths() == null ? DEFAULT_LISTING_MONTHS : e.periodMonths();
        return CaseChange.of(c).step("纳入失信名单 dishonest listing decided: art. 1(" + e.ground().number() + "), "
                + (months == null ? "until performance" : months + " months"),
                new CaseEventDetail.DishonestListingDecided(CaseMapper.toRef(respondent),
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
