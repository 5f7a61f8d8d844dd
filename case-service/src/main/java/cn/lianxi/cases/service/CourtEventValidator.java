package cn.lianxi.cases.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.lianxi.cases.CaseStatus;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.kit.problem.ProblemException;

/**
 * Checks a court event on its own, before it touches any case: identity fields, then the fields its kind needs.
 * The same checks run for the HTTP batch, the Kafka topic and the judges' REST actions.
 */
final class CourtEventValidator {

    static final Set<String> BASIS_TYPES = Set.of("JUDGMENT", "MEDIATION", "ARBITRAL_AWARD", "NOTARISED_DEBT");
    static final Set<String> PAYMENT_SOURCES = Set.of("VOLUNTARY", "DEDUCTION", "AUCTION", "SETTLEMENT", "OTHER");
    /** 限制消费 behaviours (最高法《关于限制被执行人高消费及有关消费的若干规定》 art. 3). */
    static final Set<String> BEHAVIOURS = Set.of("FLIGHT", "SOFT_SLEEPER", "HIGH_SPEED_FIRST_CLASS", "STAR_HOTEL",
            "HIGH_END_VENUE", "REAL_ESTATE_PURCHASE", "CAR_PURCHASE", "EXPENSIVE_TRAVEL", "PRIVATE_SCHOOL",
            "HIGH_PREMIUM_INSURANCE", "REAL_ESTATE_BUILDING", "OTHER_NON_ESSENTIAL");

    private CourtEventValidator() {
    }

    static void check(CourtCaseEvent e, LocalDate today) {
        Validation.text(e.eventId(), "eventId", 100);
        Validation.text(e.courtCode(), "courtCode", 20);
        Validation.text(e.caseNumber(), "caseNumber", 60);
        Validation.present(e.kind(), "kind");
        Validation.optionalText(e.officer(), "officer", 100);
        Validation.optionalText(e.reason(), "reason", 500);
        switch (e.kind()) {
            case CASE_FILED -> filing(e, today);
            case PARTY_ADDED -> PartyValidation.check(e.party(), "party");
            case PARTY_CORRECTED -> correction(e);
            case FREEZE_ORDERED, DEDUCTION_ORDERED -> {
                account(e);
                Validation.amount(e.amount(), "amount");
            }
            case UNFREEZE_ORDERED -> account(e);
            case PAYMENT_RECEIVED -> {
                Validation.amount(e.amount(), "amount");
                Validation.require(PAYMENT_SOURCES.contains(e.source()), "source", "source is one of " + PAYMENT_SOURCES);
            }
            case REFUSAL_REPORTED -> Validation.text(e.evidenceSummary(), "evidenceSummary", 2000);
            case DISHONEST_LISTING_DECIDED -> listing(e);
            case CONSUMPTION_RESTRICTION_ORDERED -> restriction(e);
            case STATUS_CHANGED -> statusChange(e);
            case CASE_CONCLUDED -> Validation.present(e.conclusionType(), "conclusionType");
            case ASSET_INQUIRY_REQUESTED, CASE_SUSPENDED, CASE_RESUMED, BANKRUPTCY_TRANSFER_PROPOSED -> {
                // nothing beyond the common fields; the respondent defaults to the only one
            }
        }
    }

    private static void filing(CourtCaseEvent e, LocalDate today) {
        Validation.present(e.filedOn(), "filedOn");
        Validation.require(!e.filedOn().isAfter(today), "filedOn", "the filing date is in the future");
        Validation.require(BASIS_TYPES.contains(e.basisType()), "basisType", "basisType is one of " + BASIS_TYPES);
        Validation.text(e.basisDocument(), "basisDocument", 100);
        Validation.amount(e.amountOwed(), "amountOwed");
        Validation.optionalText(e.judge(), "judge", 100);
        PartyValidation.checkAll(e.parties(), "parties");
    }

    private static void correction(CourtCaseEvent e) {
        PartyValidation.check(e.party(), "party");
        Validation.optionalText(e.previousIdNumber(), "previousIdNumber", 18);
    }

    private static void account(CourtCaseEvent e) {
        Validation.require(e.bankCode() != null || e.agencyId() != null, "bankCode",
                "bankCode (or agencyId for another agency) is required");
        Validation.optionalText(e.bankCode(), "bankCode", 40);
        Validation.optionalText(e.agencyId(), "agencyId", 60);
        Validation.text(e.accountNumber(), "accountNumber", 40);
    }

    private static void listing(CourtCaseEvent e) {
        Validation.present(e.ground(), "ground");
        Validation.require(e.ground() >= 1 && e.ground() <= 6, "ground", "the ground is 1 to 6 (SPC rules 2017)");
        Validation.require(e.periodMonths() == null || e.periodMonths() >= 24 && e.periodMonths() <= 60,
                "periodMonths", "a listing lasts 24 months, extended by 12 to 36 for violence, threats or repeats");
        Validation.optionalText(e.documentNumber(), "documentNumber", 100);
    }

    private static void restriction(CourtCaseEvent e) {
        List<String> behaviours = e.behaviours();
        Validation.require(behaviours != null && !behaviours.isEmpty(), "behaviours", "at least one behaviour");
        for (int i = 0; i < behaviours.size(); i++) {
            Validation.require(BEHAVIOURS.contains(behaviours.get(i)), "behaviours[" + i + "]",
                    "a behaviour is one of " + BEHAVIOURS);
        }
        List<CourtCaseEvent.BoundPerson> bound = e.boundPersons() == null ? List.of() : e.boundPersons();
        for (int i = 0; i < bound.size(); i++) {
            String field = "boundPersons[" + i + "]";
            Validation.text(bound.get(i).name(), field + ".name", 200);
            var error = PartyValidation.idNumberError("PERSON", bound.get(i).idNumber());
            if (error.isPresent()) {
                throw ProblemException.badRequest("invalid-id-number", field + ".idNumber", error.get());
            }
        }
        Validation.optionalText(e.documentNumber(), "documentNumber", 100);
    }

    private static void statusChange(CourtCaseEvent e) {
        Validation.present(e.targetStatus(), "targetStatus");
        CaseStatus target;
        try {
            target = CaseStatus.valueOf(e.targetStatus());
        } catch (IllegalArgumentException ex) {
            throw ProblemException.badRequest("invalid-field", "targetStatus",
                    "targetStatus is INVESTIGATING, MEASURES_UNDER_WAY, SUSPENDED or CONCLUDED");
        }
        Validation.require(target != CaseStatus.FILED, "targetStatus", "a case cannot return to FILED");
        if (target == CaseStatus.CONCLUDED) {
            Validation.present(e.conclusionType(), "conclusionType");
        }
    }
}
