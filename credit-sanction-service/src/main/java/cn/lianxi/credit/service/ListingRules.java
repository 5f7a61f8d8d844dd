package cn.lianxi.credit.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The listing rules of 法释〔2017〕7号: the six grounds (art. 1), the term and its extension (art. 2), no listing
 * after sufficient security (art. 3) nor of a minor (art. 4), which liftings a fixed-term listing takes (art. 10
 * para. 2) and the six-month bar after a deletion at the applicant's request (art. 10 para. 4). Pure: each refusal
 * is a problem naming its rule and field.
 */
public final class ListingRules {

    public static final int STANDARD_PERIOD = 24;
    private static final Set<Integer> EXTENDED_PERIODS = Set.of(36, 48, 60);
    /** Art. 10 para. 4: 删除失信信息后六个月内, 申请执行人申请将该被执行人纳入失信被执行人名单的, 人民法院不予支持. */
    public static final int APPLICANT_DELETION_BAR_MONTHS = 6;

    private ListingRules() {
    }

    /** Art. 1: the ground is the statute's item, 1 to 6. */
    public static ListingGround ground(Integer number) {
        return ground(number, "ground");
    }

    public static ListingGround ground(Integer number, String field) {
        return ListingGround.of(number).orElseThrow(() -> ProblemException.badRequest(ProblemType.UNKNOWN_GROUND, field,
                "the ground is the item of 法释〔2017〕7号 art. 1, 1 to 6 (1: able to perform but refusing)"));
    }

    /**
     * Art. 1(4): a listing for breaking the property-reporting duty (违反财产报告制度) needs the breach: no report by
     * the 报告财产令's deadline or a false one, as the judge found it (法释〔2017〕8号 art. 9). {@code breachOnRecord}: the
     * case shows one for the respondent.
     */
    public static void requireReportingBreach(ListingGround ground, boolean breachOnRecord) {
        if (ground == ListingGround.BREACH_OF_PROPERTY_REPORTING && !breachOnRecord) {
            throw new ProblemException(ProblemType.NO_REPORTING_BREACH, "a listing on ground (4) (违反财产报告制度, "
                    + "法释〔2017〕7号 art. 1(4)) needs a breach of a 报告财产令 found on the case (no report by its deadline or"
                    + " a false one, 法释〔2017〕8号 art. 9); the case shows none for this respondent", "ground");
        }
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
     * which counts as several dishonest acts.
     *
     * @return the term in months, or null when the ground has none (art. 1(1))
     */
    public static Integer check(ListingDecision decision, PartyType subjectType, LocalDate today, boolean earlierListing) {
        if (decision.decisionDate().isAfter(today)) {
            throw ProblemException.badRequest(ProblemType.DECISION_DATE_IN_FUTURE, "decisionDate",
                    "the decision date cannot be after today");
        }
        requireNotMinor(subjectType, decision.respondentIdNumber(), decision.decisionDate(), "respondentIdNumber");
        if (decision.sufficientSecurity()) {
            throw ProblemException.badRequest(ProblemType.SUFFICIENT_SECURITY, "sufficientSecurity",
                    "a respondent who has given sufficient, effective security may not be listed (法释〔2017〕7号 art. 3)");
        }
        return period(decision.periodMonths(), decision.ground(), decision.repeatedBreaches() || earlierListing);
    }

    /**
     * Art. 4: a minor may not be listed; the age counts on the decision date. The one place the platform checks it
     * (case-service passes the court's decision on, and a refusal comes back on the case timeline).
     */
    public static void requireNotMinor(PartyType subjectType, String idNumber, LocalDate decisionDate, String field) {
        if (subjectType == PartyType.PERSON && IdentityNumbers.isMinorOn(idNumber, decisionDate)) {
            throw ProblemException.badRequest(ProblemType.MINOR_NOT_LISTABLE, field,
                    "a minor may not be listed as a dishonest debtor: under 18 on the decision date (法释〔2017〕7号 art. 4)");
        }
    }

    /**
     * Art. 2 para. 1: a listing on items (2)–(6) lasts two years; for violence or threats in serious circumstances
     * (item 2) or several dishonest acts it may be extended by one to three years. Item (1) has no fixed term.
     *
     * @return the term in months, or null for item (1)
     */
    public static Integer period(Integer requested, ListingGround ground, boolean repeated) {
        if (!ground.hasFixedTerm()) {
            if (requested != null) {
                throw ProblemException.badRequest(ProblemType.LISTING_PERIOD, "periodMonths",
                        "a listing on art. 1 item (1) (able to perform but refusing) has no fixed term: it lasts until "
                                + "performance, so periodMonths is left out (法释〔2017〕7号 art. 2)");
            }
            return null;
        }
        int months = requested == null ? STANDARD_PERIOD : requested;
        if (months == STANDARD_PERIOD) {
            return months;
        }
        if (!EXTENDED_PERIODS.contains(months)) {
            throw ProblemException.badRequest(ProblemType.LISTING_PERIOD, "periodMonths",
                    "a listing on art. 1 items (2)-(6) lasts 24 months, extended by one to three years to 36, 48 or 60 "
                            + "(法释〔2017〕7号 art. 2)");
        }
        if (!ground.coversViolenceOrThreats() && !repeated) {
            throw ProblemException.badRequest(ProblemType.PERIOD_EXTENSION_NOT_ALLOWED, "periodMonths",
                    "only violence or threats in serious circumstances (ground 2) or several dishonest acts extend a "
                            + "listing (法释〔2017〕7号 art. 2)");
        }
        return months;
    }

    /**
     * Art. 1: only a debtor who has not performed, in a case under enforcement, is listed. A concluded case has no
     * duty left to enforce, except after 终本 (the case may resume and the listing stays).
     */
    public static void requireUnderEnforcement(CaseStatus status, ConclusionType conclusion) {
        if (status == CaseStatus.CONCLUDED && conclusion != ConclusionType.TERMINATION_OF_THIS_ROUND) {
            throw ProblemException.conflict(ProblemType.CASE_CONCLUDED, "the case is concluded ("
                    + conclusion + "): no unperformed duty is under enforcement (法释〔2017〕7号 art. 1)");
        }
    }

    /**
     * Art. 10 para. 4: within six months of a deletion at the applicant's written request (para. 1 item 3), a new
     * application to list the same respondent is not supported. Counted to the new decision's date. Such a deletion
     * is a lifting for APPLICANT_REQUEST or a credit repair on the applicant's written consent (APPLICANT_CONSENT:
     * the consent is that request; {@code LiftReason#isApplicantsRequest}, {@code RepairBasis#isApplicantsRequest}).
     * Any other lifting does not bar a new listing once a ground of art. 1 exists again.
     */
    public static void requireNoApplicantDeletionWithinSixMonths(Optional<LocalDate> deletedOn, LocalDate decisionDate) {
        deletedOn.filter(d -> decisionDate.isBefore(d.plusMonths(APPLICANT_DELETION_BAR_MONTHS))).ifPresent(d -> {
            throw ProblemException.conflict(ProblemType.CASE_SANCTIONS_LIFTED, "the applicant's request (or written "
                    + "consent to a credit repair) deleted this respondent's listing in this case on " + d + ": a new application before "
                    + d.plusMonths(APPLICANT_DELETION_BAR_MONTHS) + " is not supported (法释〔2017〕7号 art. 10 para. 4)");
        });
    }

    /**
     * Art. 10 para. 2: the grounds of para. 1 (performance, settlement, the applicant's request, 终本 searches,
     * suspension, non-enforcement, termination) do not delete a listing with a fixed term; it ends at its term, or
     * earlier by the court's decision for active performance or correction (art. 2 para. 2: ACTIVE_PERFORMANCE).
     */
    public static void requireLiftable(DishonestListing l, LiftReason reason) {
        if (reason.isArticle10Ground() && l.hasFixedTerm()) {
            throw ProblemException.badRequest(ProblemType.LEGAL_REASON_REQUIRED, "reason", "a listing with a fixed "
                    + "term (until " + l.validUntil + ") is not deleted for " + reason + " (法释〔2017〕7号 art. 10 "
                    + "para. 2); the court may delete it early for active performance or correction: ACTIVE_PERFORMANCE "
                    + "(art. 2 para. 2)");
        }
    }

    /** Art. 10 para. 1 item 4 applies only after 终本 (终结本次执行程序). */
    public static void requireGroundHolds(LiftReason reason, ConclusionType conclusion) {
        if (reason == LiftReason.NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND
                && conclusion != ConclusionType.TERMINATION_OF_THIS_ROUND) {
            throw ProblemException.badRequest(ProblemType.LEGAL_REASON_REQUIRED, "reason", reason
                    + " applies only to a case concluded by 终本 (TERMINATION_OF_THIS_ROUND, 法释〔2017〕7号 art. 10 para. 1 item 4)");
        }
    }
}
