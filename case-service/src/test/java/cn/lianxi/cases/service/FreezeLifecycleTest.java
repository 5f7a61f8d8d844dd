package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.CaseFreeze;
import cn.lianxi.cases.FreezeLink;
import cn.lianxi.cases.FreezeStatus;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;

/** How the banks' outcomes move one freeze of the case register. */
class FreezeLifecycleTest {

    static CaseFreeze ordered(String amount) {
        CaseFreeze f = new CaseFreeze();
        f.id = UUID.randomUUID();
        f.requestId = "freeze-1";
        f.accountNumber = "6222";
        f.orderedAmount = new BigDecimal(amount);
        f.status = FreezeStatus.ORDERED;
        return f;
    }

    static FreezeLink link(CaseFreeze f, ReferralKind kind, String amount) {
        FreezeLink l = new FreezeLink();
        l.id = UUID.randomUUID();
        l.freezeId = f.id;
        l.kind = kind;
        l.requestId = kind + "-1";
        l.orderedAmount = amount == null ? null : new BigDecimal(amount);
        return l;
    }

    static ReferralOutcome outcome(ReferralKind kind, OutcomeType type, String amount, ReferralResult result) {
        return new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "C320500", "BANK-ICBC",
                kind, type, Instant.now(), amount == null ? null : new BigDecimal(amount), result, null, null, "r", null);
    }

    static ReferralResult.Freeze frozen(String amount, String until) {
        return new ReferralResult.Freeze("6222", new BigDecimal(amount), LocalDate.parse(until));
    }

    @Test
    @DisplayName("民诉法解释 art. 485: frozen, expiring, renewed to a new end, then lapsed unrenewed")
    void aFreezeIsFrozenExpiresIsRenewedAndLapses() {
        CaseFreeze f = ordered("1000.00");
        FreezeLifecycle.apply(f, null, outcome(ReferralKind.FREEZE, OutcomeType.FROZEN, "800.00",
                frozen("800.00", "2027-06-01")));
        assertEquals(FreezeStatus.FROZEN, f.status);
        assertEquals(new BigDecimal("800.00"), f.frozenAmount);
        FreezeLifecycle.apply(f, null, outcome(ReferralKind.FREEZE, OutcomeType.FREEZE_EXPIRING, null, null));
        assertEquals(FreezeStatus.EXPIRING, f.status);
        FreezeLink renewal = link(f, ReferralKind.FREEZE_RENEWAL, "800.00");
        FreezeLifecycle.apply(f, renewal, outcome(ReferralKind.FREEZE_RENEWAL, OutcomeType.FREEZE_RENEWED, "800.00",
                frozen("800.00", "2028-05-30")));
        assertEquals(FreezeStatus.FROZEN, f.status);
        assertEquals(LocalDate.parse("2028-05-30"), f.frozenUntil);
        FreezeLifecycle.apply(f, null, outcome(ReferralKind.FREEZE, OutcomeType.FREEZE_LAPSED, null, null));
        assertEquals(FreezeStatus.LAPSED, f.status);
    }

    @Test
    @DisplayName("轮候冻结: a queued freeze takes effect when the one ahead ends")
    void aQueuedFreezeTakesEffect() {
        CaseFreeze f = ordered("500.00");
        FreezeLifecycle.apply(f, null, outcome(ReferralKind.FREEZE, OutcomeType.FREEZE_QUEUED, null, null));
        assertEquals(FreezeStatus.QUEUED, f.status);
        FreezeLifecycle.apply(f, null, outcome(ReferralKind.FREEZE, OutcomeType.FREEZE_EFFECTIVE, "500.00",
                frozen("500.00", "2027-01-01")));
        assertEquals(FreezeStatus.FROZEN, f.status);
        assertEquals(LocalDate.parse("2027-01-01"), f.frozenUntil);
    }

    @Test
    void unfreezesAndDeductionsTakeFromWhatItHoldsAndAnAmendedDeductionOverwrites() {
        CaseFreeze f = ordered("1000.00");
        FreezeLifecycle.apply(f, null, outcome(ReferralKind.FREEZE, OutcomeType.FROZEN, "1000.00",
                frozen("1000.00", "2027-01-01")));
        FreezeLink deduction = link(f, ReferralKind.DEDUCTION, "300.00");
        FreezeLifecycle.apply(f, deduction, outcome(ReferralKind.DEDUCTION, OutcomeType.DEDUCTED, "3000.00", null));
        FreezeLifecycle.apply(f, deduction, outcome(ReferralKind.DEDUCTION, OutcomeType.DEDUCTED, "300.00", null));
        FreezeLink partial = link(f, ReferralKind.UNFREEZE, "200.00");
        FreezeLifecycle.apply(f, partial, outcome(ReferralKind.UNFREEZE, OutcomeType.UNFROZEN, "200.00", null));
        assertEquals(new BigDecimal("500.00"), FreezeRegister.held(f, List.of(deduction, partial)));
        assertEquals(FreezeStatus.FROZEN, f.status);
        FreezeLink whole = link(f, ReferralKind.UNFREEZE, null);
        FreezeLifecycle.apply(f, whole, outcome(ReferralKind.UNFREEZE, OutcomeType.UNFROZEN, "500.00", null));
        assertEquals(FreezeStatus.RELEASED, f.status);
    }

    @Test
    void aRefusedOrCancelledFreezeIsNotInForce() {
        CaseFreeze f = ordered("10.00");
        FreezeLifecycle.apply(f, null, outcome(ReferralKind.FREEZE, OutcomeType.CANCELLED, null, null));
        assertEquals(FreezeStatus.REFUSED, f.status);
        assertEquals(false, f.status.inForce());
    }
}
