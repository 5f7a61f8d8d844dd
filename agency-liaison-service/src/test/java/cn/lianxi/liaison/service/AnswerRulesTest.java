package cn.lianxi.liaison.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.problem.ProblemException;

/**
 * "Today" for an answer is China's calendar day, even on a clock in UTC; and an answer may not do more than, or other
 * than, its order (民事诉讼法 art. 253: measures stay within what the debtor must perform).
 */
class AnswerRulesTest {

    private static final String ACCOUNT = "6222020000001234";
    private static final AnswerRules.Limits ORDER_1000 = new AnswerRules.Limits(ACCOUNT, Money.of("1000.00"), null,
            null);

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

    private static ProblemException refusedAgainst(AnswerRules.Limits limits, ReferralResult result) {
        return assertThrows(ProblemException.class, () -> AnswerRules.checkAgainstOrder(result, limits));
    }

    private static ReferralResult.Deduction deduct(String account, String amount) {
        return new ReferralResult.Deduction(account, Money.of(amount), "TR-1");
    }

    @Test
    @DisplayName("民事诉讼法 art. 253: a freeze may not freeze more than ordered (400 naming amountFrozen)")
    void aFreezeOfMoreThanTheOrderIsRefused() {
        ProblemException refused = refusedAgainst(ORDER_1000, new ReferralResult.Freeze(ACCOUNT, Money.of("1000.01"),
                LocalDate.parse("2027-06-01")));
        assertEquals("amountFrozen", refused.field());
        assertEquals(400, refused.status());
        assertEquals(ProblemType.INVALID_RESULT, refused.type());
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(new ReferralResult.Freeze(ACCOUNT, Money.of("1000.00"),
                LocalDate.parse("2027-06-01")), ORDER_1000));
    }

    @Test
    @DisplayName("a freeze or a deduction on another account than ordered is refused (400 naming accountNumber)")
    void anAnswerOnAnotherAccountIsRefused() {
        assertEquals("accountNumber", refusedAgainst(ORDER_1000, new ReferralResult.Freeze("6222020000009999",
                Money.of("10.00"), LocalDate.parse("2027-06-01"))).field());
        ProblemException deduction = refusedAgainst(ORDER_1000, deduct("6222020000009999", "10.00"));
        assertEquals("accountNumber", deduction.field());
        assertEquals(400, deduction.status());
    }

    @Test
    @DisplayName("民事诉讼法 art. 253: a deduction may not exceed the order (400 naming amountDeducted)")
    void aDeductionOfMoreThanTheOrderIsRefused() {
        ProblemException refused = refusedAgainst(ORDER_1000, deduct(ACCOUNT, "5000000.00"));
        assertEquals("amountDeducted", refused.field());
        assertEquals(400, refused.status());
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(deduct(ACCOUNT, "1000.00"), ORDER_1000));
    }

    @Test
    @DisplayName("a deduction may not exceed what the freeze it draws on holds (409 naming amountDeducted)")
    void aDeductionOfMoreThanFrozenIsRefused() {
        var limits = new AnswerRules.Limits(ACCOUNT, Money.of("1000.00"), Money.of("600.00"), null);
        ProblemException refused = refusedAgainst(limits, deduct(ACCOUNT, "600.01"));
        assertEquals("amountDeducted", refused.field());
        assertEquals(409, refused.status());
        assertEquals("deducts more than the freeze it draws on holds", refused.getMessage());
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(deduct(ACCOUNT, "600.00"), limits));
    }

    @Test
    @DisplayName("民事诉讼法 art. 253: a deduction may not exceed what the case still owes (409 naming amountDeducted)")
    void aDeductionOfMoreThanOwedIsRefused() {
        var limits = new AnswerRules.Limits(ACCOUNT, Money.of("1000.00"), null, Money.of("250.00"));
        ProblemException refused = refusedAgainst(limits, deduct(ACCOUNT, "250.01"));
        assertEquals("amountDeducted", refused.field());
        assertEquals(409, refused.status());
        assertEquals(ProblemType.DEDUCTION_EXCEEDS_DEBT, refused.type());
        assertEquals("deducts more than the case still owes", refused.getMessage());
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(deduct(ACCOUNT, "250.00"), limits));
    }

    @Test
    @DisplayName("an unfreeze may not release more than is frozen (409 naming amountUnfrozen)")
    void anUnfreezeOfMoreThanFrozenIsRefused() {
        var limits = new AnswerRules.Limits(ACCOUNT, null, Money.of("300.00"), null);
        ProblemException refused = refusedAgainst(limits, new ReferralResult.Unfreeze(ACCOUNT, Money.of("300.01")));
        assertEquals("amountUnfrozen", refused.field());
        assertEquals(409, refused.status());
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(new ReferralResult.Unfreeze(ACCOUNT,
                Money.of("300.00")), limits));
    }

    @Test
    void anOrderWithoutAccountOrAmountBoundsNothingAndOtherAnswersPass() {
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(deduct("6222020000009999", "99999999999999.99"),
                AnswerRules.Limits.NONE));
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(new ReferralResult.BankInquiry(java.util.List.of()),
                ORDER_1000));
    }
}
