package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import cn.lianxi.cases.AgencyEntry;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.FreezeStatus;
import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.contracts.AgencyStatus;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.kit.problem.ProblemException;

/** The pure checks of a bank order against its case (超标的冻结, deductions, agencies, named freezes). */
class OrderChecksTest {

    static final FreezeAllowance ALLOWANCE = new FreezeAllowance(new BigDecimal("10"), new BigDecimal("50.00"));

    static EnforcementCase owing(String owed, String recovered) {
        EnforcementCase c = new EnforcementCase();
        c.amountOwed = new BigDecimal(owed);
        c.amountRecovered = new BigDecimal(recovered);
        return c;
    }

    static RegisteredFreeze freeze(String requestId, String account, FreezeStatus status, String held) {
        return new RegisteredFreeze(requestId, "320508198001011234", "ICBC", null, account, new BigDecimal(held),
                status == FreezeStatus.ORDERED ? null : new BigDecimal(held), LocalDate.of(2027, 6, 1), status,
                new BigDecimal(held));
    }

    static AgencyEntry agency(String id, AgencyKind kind, String bankCode, AgencyStatus status) {
        AgencyEntry e = new AgencyEntry();
        e.agencyId = id;
        e.kind = kind;
        e.bankCode = bankCode;
        e.status = status;
        return e;
    }

    static void refused(ProblemType type, String field, Executable check) {
        ProblemException e = assertThrows(ProblemException.class, check);
        assertEquals(type, e.type(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    @DisplayName("超标的冻结 (民事诉讼法 art. 253): the limit is what is still owed plus percent and fixed allowance")
    void theFreezeLimitIsTheAmountStillOwedPlusTheAllowance() {
        assertEquals(new BigDecimal("1150.00"), ALLOWANCE.limit(new BigDecimal("1000.00")));
        assertEquals(new BigDecimal("50.00"), ALLOWANCE.limit(new BigDecimal("0.00")));
        EnforcementCase c = owing("1500.00", "500.00"); // 1,000.00 still owed
        assertDoesNotThrow(() -> OrderChecks.freezeWithinDebt(c, new BigDecimal("1150.00"), List.of(), ALLOWANCE));
        refused(ProblemType.EXCESSIVE_FREEZE, "amount",
                () -> OrderChecks.freezeWithinDebt(c, new BigDecimal("1150.01"), List.of(), ALLOWANCE));
    }

    @Test
    @DisplayName("超标的冻结 (民事诉讼法 art. 253): the case's freezes in force count, lapsed and released ones do not")
    void freezesInForceCountAgainstTheLimit() {
        EnforcementCase c = owing("1000.00", "0.00");
        List<RegisteredFreeze> freezes = List.of(freeze("f1", "62-1", FreezeStatus.FROZEN, "800.00"),
                freeze("f2", "62-2", FreezeStatus.QUEUED, "300.00"), freeze("f3", "62-3", FreezeStatus.LAPSED, "900.00"),
                freeze("f4", "62-4", FreezeStatus.RELEASED, "900.00"));
        assertDoesNotThrow(() -> OrderChecks.freezeWithinDebt(c, new BigDecimal("50.00"), freezes, ALLOWANCE));
        refused(ProblemType.EXCESSIVE_FREEZE, "amount",
                () -> OrderChecks.freezeWithinDebt(c, new BigDecimal("50.01"), freezes, ALLOWANCE));
    }

    @Test
    @DisplayName("A deduction may not take more than is still owed (民事诉讼法 art. 253)")
    void aDeductionBeyondWhatIsStillOwedIsRefused() {
        EnforcementCase c = owing("1000.00", "400.00");
        assertDoesNotThrow(() -> OrderChecks.deductionWithinDebt(c, new BigDecimal("600.00")));
        refused(ProblemType.DEDUCTION_EXCEEDS_DEBT, "amount",
                () -> OrderChecks.deductionWithinDebt(c, new BigDecimal("600.01")));
    }

    @Test
    void anUnknownSuspendedOrWrongKindAgencyIsRefusedNamingTheField() {
        AgencyEntry icbc = agency("BANK-ICBC", AgencyKind.BANK, "ICBC", AgencyStatus.ACTIVE);
        AgencyEntry closed = agency("BANK-X", AgencyKind.BANK, "XB", AgencyStatus.SUSPENDED);
        AgencyEntry police = agency("POLICE-1", AgencyKind.POLICE, null, AgencyStatus.ACTIVE);
        assertDoesNotThrow(() -> OrderChecks.agency(ReferralKind.FREEZE, "ICBC", null,
                new AgencyDirectory.Lookup(true, null, icbc)));
        assertDoesNotThrow(() -> OrderChecks.agency(ReferralKind.FREEZE, "ICBC", "BANK-ICBC",
                new AgencyDirectory.Lookup(true, icbc, icbc)));
        refused(ProblemType.UNKNOWN_AGENCY, "bankCode", () -> OrderChecks.agency(ReferralKind.FREEZE, "NOPE", null,
                new AgencyDirectory.Lookup(true, null, null)));
        refused(ProblemType.UNKNOWN_AGENCY, "agencyId", () -> OrderChecks.agency(ReferralKind.DEDUCTION, null,
                "BANK-NOPE", new AgencyDirectory.Lookup(true, null, null)));
        refused(ProblemType.AGENCY_SUSPENDED, "bankCode", () -> OrderChecks.agency(ReferralKind.UNFREEZE, "XB", null,
                new AgencyDirectory.Lookup(true, null, closed)));
        refused(ProblemType.AGENCY_SUSPENDED, "agencyId", () -> OrderChecks.agency(ReferralKind.FREEZE, null,
                "BANK-X", new AgencyDirectory.Lookup(true, closed, null)));
        refused(ProblemType.WRONG_AGENCY_KIND, "agencyId", () -> OrderChecks.agency(ReferralKind.FREEZE, null,
                "POLICE-1", new AgencyDirectory.Lookup(true, police, null)));
        refused(ProblemType.INVALID_FIELD, "bankCode", () -> OrderChecks.agency(ReferralKind.FREEZE, "BOC",
                "BANK-ICBC", new AgencyDirectory.Lookup(true, icbc, null)));
    }

    @Test
    void whileTheDirectoryIsEmptyNothingIsSentBlind() {
        refused(ProblemType.AGENCY_DIRECTORY_EMPTY, "bankCode", () -> OrderChecks.agency(ReferralKind.FREEZE, "ICBC",
                null, new AgencyDirectory.Lookup(false, null, null)));
        assertEquals(503, ProblemType.AGENCY_DIRECTORY_EMPTY.status());
    }

    @Test
    void anUnfreezeOrDeductionLinksToTheNamedFreezeOfThisAccountOrTheCasesFreezeOfIt() {
        List<RegisteredFreeze> freezes = List.of(freeze("f-old", "62-1", FreezeStatus.LAPSED, "10.00"),
                freeze("f1", "62-1", FreezeStatus.FROZEN, "10.00"), freeze("f2", "62-2", FreezeStatus.FROZEN, "10.00"));
        assertEquals("f1", OrderChecks.linkedFreeze(null, "ICBC", null, "62-1", freezes).requestId());
        assertEquals("f2", OrderChecks.linkedFreeze("f2", null, "BANK-ICBC", "62-2", freezes).requestId());
        assertNull(OrderChecks.linkedFreeze(null, "ICBC", null, "62-9", freezes));
        refused(ProblemType.UNKNOWN_FREEZE, "freezeRequestId",
                () -> OrderChecks.linkedFreeze("f2", "ICBC", null, "62-1", freezes));
        refused(ProblemType.UNKNOWN_FREEZE, "freezeRequestId",
                () -> OrderChecks.linkedFreeze("f-other-case", "ICBC", null, "62-1", freezes));
        refused(ProblemType.UNKNOWN_FREEZE, "freezeRequestId",
                () -> OrderChecks.linkedFreeze("f2", "BOC", null, "62-2", freezes));
    }

    @Test
    @DisplayName("续冻 (民诉法解释 art. 485): only an answered freeze in force, for no more than it holds")
    void aRenewalNeedsAnAnsweredFreezeInForceAndNoMoreThanItHolds() {
        List<RegisteredFreeze> freezes = List.of(freeze("f1", "62-1", FreezeStatus.EXPIRING, "500.00"),
                freeze("f2", "62-2", FreezeStatus.ORDERED, "500.00"), freeze("f3", "62-3", FreezeStatus.LAPSED, "5.00"));
        assertEquals("f1", OrderChecks.renewable("f1", null, freezes).requestId());
        assertEquals("f1", OrderChecks.renewable("f1", new BigDecimal("500.00"), freezes).requestId());
        refused(ProblemType.EXCESSIVE_FREEZE, "amount", () -> OrderChecks.renewable("f1", new BigDecimal("500.01"),
                freezes));
        refused(ProblemType.UNKNOWN_FREEZE, "freezeRequestId", () -> OrderChecks.renewable("f2", null, freezes));
        refused(ProblemType.UNKNOWN_FREEZE, "freezeRequestId", () -> OrderChecks.renewable("f3", null, freezes));
        refused(ProblemType.UNKNOWN_FREEZE, "freezeRequestId", () -> OrderChecks.renewable("nope", null, freezes));
    }
}
