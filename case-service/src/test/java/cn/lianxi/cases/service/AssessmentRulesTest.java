package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.ReportPeriod;

/** The formulas of the assessment indicators (考核指标), one test each, as docs/assessment.md writes them. */
class AssessmentRulesTest {

    @Test
    @DisplayName("收案 = 旧存 + 新收 + 恢复执行; 结案率 = 结案 / 收案, four places, null without a caseload")
    void concludedRateIsConclusionsOverOpenAtStartPlusFiledPlusResumed() {
        long caseload = AssessmentRules.caseload(5, 3, 1);
        assertEquals(9, caseload);
        assertEquals(new BigDecimal("0.3333"), AssessmentRules.concludedRate(3, caseload));
        assertEquals(new BigDecimal("1.0000"), AssessmentRules.concludedRate(9, caseload));
        assertNull(AssessmentRules.concludedRate(0, 0));
    }

    @Test
    @DisplayName("平均结案用时 = Σ days from filing to conclusion / conclusions, one place, half up")
    void averageDaysToConcludeIsTheTotalOverTheConclusions() {
        assertEquals(new BigDecimal("20.5"), AssessmentRules.averageDaysToConclude(41, 2));
        assertEquals(new BigDecimal("0.3"), AssessmentRules.averageDaysToConclude(1, 3));
        assertNull(AssessmentRules.averageDaysToConclude(0, 0));
    }

    @Test
    @DisplayName("执行到位率 = recovered / owed of the concluded cases, exact decimals, null when nothing was owed")
    void recoveryRateIsRecoveredOverOwedOfTheConcludedCases() {
        assertEquals(new BigDecimal("0.7222"),
                AssessmentRules.recoveryRate(new BigDecimal("1300.00"), new BigDecimal("1800.00")));
        assertEquals(new BigDecimal("0.0000"),
                AssessmentRules.recoveryRate(new BigDecimal("0.00"), new BigDecimal("0.01")));
        assertNull(AssessmentRules.recoveryRate(new BigDecimal("0.00"), new BigDecimal("0.00")));
    }

    @Test
    @DisplayName("终本率 = 终本 conclusions / conclusions; 终本恢复率 = those resumed since / 终本 conclusions")
    void terminalShareAndResumedShare() {
        assertEquals(new BigDecimal("0.2500"), AssessmentRules.terminalShare(1, 4));
        assertNull(AssessmentRules.terminalShare(0, 0));
        assertEquals(new BigDecimal("0.6667"), AssessmentRules.resumedShare(2, 3));
        assertNull(AssessmentRules.resumedShare(0, 0));
    }

    @Test
    @DisplayName("按期答复率 = answers within the deadline / answers")
    void withinDeadlineRateIsAnswersInTimeOverAnswers() {
        assertEquals(new BigDecimal("0.5000"), AssessmentRules.withinDeadlineRate(1, 2));
        assertEquals(new BigDecimal("0.0000"), AssessmentRules.withinDeadlineRate(0, 1));
        assertNull(AssessmentRules.withinDeadlineRate(0, 0));
    }

    @Test
    void measuresAreEveryReferralButTheRefusalChainAndAnswersAreTheAgencysOwn() {
        List<ReferralKind> kinds = AssessmentRules.measureKinds();
        assertTrue(kinds.containsAll(List.of(ReferralKind.BANK_INQUIRY, ReferralKind.FREEZE, ReferralKind.DEDUCTION,
                ReferralKind.EXIT_BAN, ReferralKind.JUDICIAL_AUCTION)));
        assertFalse(kinds.contains(ReferralKind.CRIMINAL_REFERRAL));
        assertFalse(kinds.contains(ReferralKind.PROSECUTION_REVIEW));
        List<OutcomeType> answers = AssessmentRules.agencyAnswers();
        assertTrue(answers.containsAll(List.of(OutcomeType.ANSWERED, OutcomeType.FROZEN, OutcomeType.DEDUCTED,
                OutcomeType.REJECTED, OutcomeType.NOT_LOCATED)));
        for (OutcomeType notAnAnswer : List.of(OutcomeType.ESCALATED, OutcomeType.CANCELLED, OutcomeType.EXPIRED,
                OutcomeType.UNROUTABLE, OutcomeType.FREEZE_EXPIRING)) {
            assertFalse(answers.contains(notAnAnswer), notAnAnswer.name());
        }
    }

    @Test
    void aMonthRangeIsItsCalendarMonthsAndABadOneNamesItsField() {
        MonthRange range = MonthRange.parse("2026-11", "2027-01");
        assertEquals(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1)), range.months());
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)), range.period());
        assertEquals("from", assertThrows(ProblemException.class, () -> MonthRange.parse("2026-13", "2027-01"))
                .field());
        assertEquals("to", assertThrows(ProblemException.class, () -> MonthRange.parse("2026-11", "2026-10"))
                .field());
        assertEquals("to", assertThrows(ProblemException.class, () -> MonthRange.parse("2020-01", "2025-01"))
                .field());
    }
}
