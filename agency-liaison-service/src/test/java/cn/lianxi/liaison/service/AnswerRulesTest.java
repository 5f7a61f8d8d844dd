package cn.lianxi.liaison.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.problem.ProblemException;

/** "Today" for an answer is China's calendar day, even on a clock in UTC. */
class AnswerRulesTest {

    /** 17:30 UTC on 1 December is 01:30 on 2 December in Shanghai. */
    private static final Clock EVENING_IN_UTC = Clock.fixed(Instant.parse("2026-12-01T17:30:00Z"), ZoneOffset.UTC);

    private static ReferralResult.Freeze freezeUntil(String date) {
        return new ReferralResult.Freeze("6222020000001234", Money.of("12000000.00"), LocalDate.parse(date));
    }

    @Test
    void aFreezeEndingOnTheUtcDateIsAlreadyTodayInChinaAndRefused() {
        ProblemException refused = assertThrows(ProblemException.class, () -> AnswerRules.check(ReferralKind.FREEZE,
                freezeUntil("2026-12-02"), EVENING_IN_UTC));
        assertEquals("frozenUntil must be in the future", refused.getMessage());
    }

    @Test
    void theOneYearLimitCountsFromChinasToday() {
        // China's today 2026-12-02 + 366 days = 2027-12-03: allowed (from the UTC date it would be one day too many)
        assertDoesNotThrow(() -> AnswerRules.check(ReferralKind.FREEZE, freezeUntil("2027-12-03"), EVENING_IN_UTC));
        assertThrows(ProblemException.class, () -> AnswerRules.check(ReferralKind.FREEZE, freezeUntil("2027-12-04"),
                EVENING_IN_UTC));
    }

    @Test
    void aResultOfAnotherTypeDoesNotAnswerTheReferral() {
        ProblemException refused = assertThrows(ProblemException.class, () -> AnswerRules.check(
                ReferralKind.DEDUCTION, freezeUntil("2027-01-01"), EVENING_IN_UTC));
        assertEquals("this result type does not answer a DEDUCTION referral", refused.getMessage());
    }
}
