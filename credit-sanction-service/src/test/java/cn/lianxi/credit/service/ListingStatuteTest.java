package cn.lianxi.credit.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.CorrectionRequest;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The pure listing rules of 法释〔2017〕7号, one test per article (the REST and Kafka paths: ListingRulesTest,
 * CourtDecisionTest, LiftingTest, CorrectionTest, ReconsiderationTest).
 */
class ListingStatuteTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 2);
    private static final String ADULT = IdentityNumbers.withResidentCheck("32050819800101001");

    @Test
    @DisplayName("art. 1: each ground's number is its item of art. 1, (1) able to perform but refusing … (6) settlement")
    void art1_groundsAreNumberedAsTheStatuteItems() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), List.of(ListingGround.values()).stream().map(ListingGround::number).toList());
        assertEquals(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, ListingRules.ground(1));
        assertEquals(ListingGround.OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS, ListingRules.ground(2));
        assertEquals(ListingGround.EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY, ListingRules.ground(3));
        assertEquals(ListingGround.BREACH_OF_PROPERTY_REPORTING, ListingRules.ground(4));
        assertEquals(ListingGround.BREACH_OF_CONSUMPTION_RESTRICTION, ListingRules.ground(5));
        assertEquals(ListingGround.REFUSAL_OF_SETTLEMENT_AGREEMENT, ListingRules.ground(6));
        refused(ProblemType.UNKNOWN_GROUND, "ground", () -> ListingRules.ground(7));
        refused(ProblemType.UNKNOWN_GROUND, "ground", () -> ListingRules.ground(0));
    }

    @Test
    @DisplayName("art. 1: only a case under enforcement lists; a concluded case does not, except after 终本")
    void art1_aConcludedCaseListsNobodyExceptAfterTerminationOfThisRound() {
        refused(ProblemType.CASE_CONCLUDED, null,
                () -> ListingRules.requireUnderEnforcement(CaseStatus.CONCLUDED, ConclusionType.FULL_PERFORMANCE));
        assertDoesNotThrow(() -> ListingRules.requireUnderEnforcement(CaseStatus.CONCLUDED,
                ConclusionType.TERMINATION_OF_THIS_ROUND));
        assertDoesNotThrow(() -> ListingRules.requireUnderEnforcement(CaseStatus.INVESTIGATING, null));
    }

    @Test
    @DisplayName("art. 2: items (2)-(6) last 24 months; item (1) has no fixed term and takes no period")
    void art2_itemsTwoToSixLastTwoYearsAndItemOneHasNoTerm() {
        assertNull(ListingRules.period(null, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, false));
        refused(ProblemType.LISTING_PERIOD, "periodMonths",
                () -> ListingRules.period(24, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, true));
        for (ListingGround g : List.of(ListingGround.values()).subList(1, 6)) {
            assertEquals(24, ListingRules.period(null, g, false), g.name());
            assertEquals(24, ListingRules.period(24, g, false), g.name());
        }
        refused(ProblemType.LISTING_PERIOD, "periodMonths",
                () -> ListingRules.period(30, ListingGround.BREACH_OF_PROPERTY_REPORTING, true));
        refused(ProblemType.LISTING_PERIOD, "periodMonths",
                () -> ListingRules.period(72, ListingGround.OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS, true));
    }

    @Test
    @DisplayName("art. 2: one to three more years only for violence or threats (item 2) or several dishonest acts")
    void art2_anExtensionNeedsViolenceOrThreatsOrSeveralBreaches() {
        assertEquals(60, ListingRules.period(60, ListingGround.OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS, false));
        refused(ProblemType.PERIOD_EXTENSION_NOT_ALLOWED, "periodMonths",
                () -> ListingRules.period(36, ListingGround.EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY, false));
        assertEquals(48, ListingRules.period(48, ListingGround.REFUSAL_OF_SETTLEMENT_AGREEMENT, true));
    }

    @Test
    @DisplayName("art. 3(1): a respondent who gave sufficient, effective security is not listed")
    void art3_sufficientSecurityIsRefused() {
        ListingDecision secured = new ListingDecision(UUID.randomUUID(), ADULT,
                ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, DECIDED, "D1", false, true);
        refused(ProblemType.SUFFICIENT_SECURITY, "sufficientSecurity",
                () -> ListingRules.check(secured, PartyType.PERSON, DECIDED, false));
    }

    @Test
    @DisplayName("art. 4: a minor is not listed, counted on the decision date")
    void art4_aMinorOnTheDecisionDateIsNotListed() {
        String born = IdentityNumbers.withResidentCheck("32050820081115001");
        refused(ProblemType.MINOR_NOT_LISTABLE, "respondentIdNumber", () -> ListingRules.requireNotMinor(
                PartyType.PERSON, born, LocalDate.of(2026, 11, 14), "respondentIdNumber"));
        assertDoesNotThrow(() -> ListingRules.requireNotMinor(PartyType.PERSON, born, LocalDate.of(2026, 11, 15),
                "respondentIdNumber"));
    }

    @Test
    @DisplayName("art. 10 para. 1: each conclusion ground deletes, 执转破 as a suspension for bankruptcy, 终本 by itself nothing")
    void art10Para1_eachConclusionHasItsGround() {
        assertEquals(Optional.of(LiftReason.FULL_PERFORMANCE), LiftReason.forConclusion(ConclusionType.FULL_PERFORMANCE));
        assertEquals(Optional.of(LiftReason.SETTLEMENT_PERFORMED),
                LiftReason.forConclusion(ConclusionType.SETTLEMENT_PERFORMED));
        assertEquals(Optional.of(LiftReason.TERMINATION), LiftReason.forConclusion(ConclusionType.TERMINATION));
        assertEquals(Optional.of(LiftReason.NON_ENFORCEMENT), LiftReason.forConclusion(ConclusionType.NON_ENFORCEMENT));
        assertEquals(Optional.of(LiftReason.SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY),
                LiftReason.forConclusion(ConclusionType.BANKRUPTCY_TRANSFER));
        assertEquals(Optional.empty(), LiftReason.forConclusion(ConclusionType.TERMINATION_OF_THIS_ROUND));
        refused(ProblemType.LEGAL_REASON_REQUIRED, "reason", () -> ListingRules.requireGroundHolds(
                LiftReason.NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND, ConclusionType.FULL_PERFORMANCE));
        assertDoesNotThrow(() -> ListingRules.requireGroundHolds(LiftReason.NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND,
                ConclusionType.TERMINATION_OF_THIS_ROUND));
    }

    @Test
    @DisplayName("art. 10 para. 2: the grounds of para. 1 do not delete a fixed-term listing; the court's early deletion does")
    void art10Para2_aFixedTermListingIsExceptedFromTheEarlyDeletionGrounds() {
        DishonestListing fixed = listing(ListingGround.BREACH_OF_PROPERTY_REPORTING, 24);
        DishonestListing untermed = listing(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
        for (LiftReason r : LiftReason.values()) {
            if (r.isArticle10Ground()) {
                refused(ProblemType.LEGAL_REASON_REQUIRED, "reason", () -> ListingRules.requireLiftable(fixed, r));
            }
            assertDoesNotThrow(() -> ListingRules.requireLiftable(untermed, r));
        }
        assertDoesNotThrow(() -> ListingRules.requireLiftable(fixed, LiftReason.ACTIVE_PERFORMANCE));
        assertEquals(LocalDate.of(2028, 11, 2), fixed.validUntil);
        assertNull(untermed.validUntil);
    }

    @Test
    @DisplayName("art. 10 para. 4: no new application within six months of a deletion at the applicant's request")
    void art10Para4_theSixMonthBar() {
        Optional<LocalDate> deleted = Optional.of(LocalDate.of(2026, 11, 3));
        refused(ProblemType.CASE_SANCTIONS_LIFTED, null,
                () -> ListingRules.requireNoApplicantDeletionWithinSixMonths(deleted, LocalDate.of(2027, 5, 2)));
        assertDoesNotThrow(() -> ListingRules.requireNoApplicantDeletionWithinSixMonths(deleted, LocalDate.of(2027, 5, 3)));
        assertDoesNotThrow(() -> ListingRules.requireNoApplicantDeletionWithinSixMonths(Optional.empty(), DECIDED));
    }

    @Test
    @DisplayName("arts. 9, 11, 12: inaccurate information is corrected, a wrong listing or ended circumstances delete it")
    void art12_anUpheldRequestCorrectsOrDeletes() {
        assertEquals(CorrectionRequest.Effect.DELETED, CorrectionRules.effectOf(CorrectionRequest.Kind.SHOULD_NOT_BE_LISTED));
        assertEquals(CorrectionRequest.Effect.DELETED, CorrectionRules.effectOf(CorrectionRequest.Kind.CIRCUMSTANCES_REMOVED));
        assertEquals(CorrectionRequest.Effect.CORRECTED,
                CorrectionRules.effectOf(CorrectionRequest.Kind.INACCURATE_INFORMATION));
        refused(ProblemType.INVALID_FIELD, "corrected",
                () -> CorrectionRules.requireFits(CorrectionRequest.Effect.CORRECTED, null));
        refused(ProblemType.INVALID_FIELD, "corrected", () -> CorrectionRules.requireFits(
                CorrectionRequest.Effect.DELETED, new CorrectedEntry("某", null, null, null)));

        DishonestListing l = listing(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
        assertEquals(List.of("subjectName", "ground"),
                CorrectionRules.correct(l, new CorrectedEntry("张三丰", null, 4, null)));
        assertEquals("张三丰", l.subjectName);
        assertEquals(4, l.ground);
        assertEquals(24, l.periodMonths, "a corrected ground brings its term (art. 2)");
        assertEquals(LocalDate.of(2028, 11, 2), l.validUntil);
        refused(ProblemType.INVALID_ID_NUMBER, "corrected.subjectIdNumber",
                () -> CorrectionRules.correct(l, new CorrectedEntry(null, "123", null, null)));
        refused(ProblemType.INVALID_FIELD, "corrected",
                () -> CorrectionRules.correct(l, new CorrectedEntry("张三丰", null, 4, null)));
    }

    private static DishonestListing listing(ListingGround ground, Integer months) {
        DishonestListing l = new DishonestListing();
        l.subjectName = "张三";
        l.subjectId = ADULT;
        l.subjectType = PartyType.PERSON;
        l.decisionDate = DECIDED;
        l.documentNumber = "D1";
        l.setTerm(ground, months);
        return l;
    }

    private static void refused(ProblemType type, String field, Executable rule) {
        ProblemException e = assertThrows(ProblemException.class, rule);
        assertEquals(type, e.type(), e.getMessage());
        if (field != null) {
            assertEquals(field, e.field());
        }
        assertTrue(e.getMessage().contains("法释〔2017〕7号") || type == ProblemType.INVALID_ID_NUMBER
                || type == ProblemType.INVALID_FIELD, "the refusal cites the statute: " + e.getMessage());
    }
}
