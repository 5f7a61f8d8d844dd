package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.Set;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The listing rules of 法释〔2017〕7号: the six grounds (art. 1), the period and its extension (art. 2), no listing
 * after sufficient security (art. 3) nor of a minor (art. 4). Each refusal names its rule.
 */
public final class ListingRules {

    public static final int STANDARD_PERIOD = 24;
    private static final Set<Integer> EXTENDED_PERIODS = Set.of(36, 48, 60);

    private ListingRules() {
    }

    public static ListingGround ground(Integer number) {
        return ListingGround.of(number).orElseThrow(() -> ProblemException.badRequest(ProblemType.UNKNOWN_GROUND, "ground",
                "the ground must be one of the six statutory grounds, 1 to 6 (法释〔2017〕7号 art. 1)"));
    }

    /** PERSON for a valid resident ID, COMPANY for a valid unified social credit code; else a 400 naming the rule. */
    public static PartyType subjectType(String idNumber, String field) {
        if (IdentityNumbers.residentIdError(idNumber).isEmpty()) {
            return PartyType.PERSON;
        }
        if (IdentityNumbers.creditCodeError(idNumber).isEmpty()) {
            return PartyType.COMPANY;
        }
        boolean looksPersonal = idNumber != null && idNumber.length() >= 17 && idNumber.substring(0, 17).chars()
                .allMatch(Character::isDigit);
        String why = looksPersonal ? IdentityNumbers.residentIdError(idNumber).orElseThrow()
                : IdentityNumbers.creditCodeError(idNumber).orElseThrow();
        throw ProblemException.badRequest(ProblemType.INVALID_ID_NUMBER, field, why);
    }

    /**
     * Checks everything that does not need the database. {@code earlierListing}: the respondent was listed before,
     * which counts as repeated breaches.
     *
     * @return the period in months
     */
    public static int check(ListingDecision decision, PartyType subjectType, LocalDate today, boolean earlierListing) {
        if (decision.decisionDate().isAfter(today)) {
            throw ProblemException.badRequest(ProblemType.DECISION_DATE_IN_FUTURE, "decisionDate",
                    "the decision date cannot be after today");
        }
        if (subjectType == PartyType.PERSON
                && IdentityNumbers.isMinorOn(decision.respondentIdNumber(), decision.decisionDate())) {
            throw ProblemException.badRequest(ProblemType.MINOR_NOT_LISTABLE, "respondentIdNumber",
                    "a minor may not be listed as a dishonest debtor (法释〔2017〕7号 art. 4)");
        }
        if (decision.sufficientSecurity()) {
            throw ProblemException.badRequest(ProblemType.SUFFICIENT_SECURITY, "sufficientSecurity",
                    "a respondent who has given sufficient, effective security may not be listed (法释〔2017〕7号 art. 3)");
        }
        return period(decision.periodMonths(), decision.ground(), decision.repeatedBreaches() || earlierListing);
    }

    static int period(Integer requested, ListingGround ground, boolean repeated) {
        int months = requested == null ? STANDARD_PERIOD : requested;
        if (months == STANDARD_PERIOD) {
            return months;
        }
        if (!EXTENDED_PERIODS.contains(months)) {
            throw ProblemException.badRequest(ProblemType.LISTING_PERIOD, "periodMonths",
                    "a listing lasts 24 months, extended by one to three years to 36, 48 or 60 (法释〔2017〕7号 art. 2)");
        }
        if (!ground.allowsExtension() && !repeated) {
            throw ProblemException.badRequest(ProblemType.PERIOD_EXTENSION_NOT_ALLOWED, "periodMonths",
                    "only violence or threats (ground 1) or repeated dishonest acts extend a listing (法释〔2017〕7号 art. 2)");
        }
        return months;
    }
}
