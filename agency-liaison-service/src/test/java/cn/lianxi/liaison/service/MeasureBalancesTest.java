package cn.lianxi.liaison.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.FreezeState;

/** What a freeze leaves to draw on and what the debt leaves to take. */
class MeasureBalancesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static MeasureBalances.Measure deduction(String amount, int hour) {
        return new MeasureBalances.Measure(ReferralKind.DEDUCTION, Money.of(amount), T0.plusSeconds(3600L * hour));
    }

    @Test
    void anActiveFreezeLetsItsHeldAmountBeDrawnPlusWhatTheAmendedAnswerTookFromIt() {
        assertEquals(new BigDecimal("600.00"), MeasureBalances.heldFor(FreezeState.ACTIVE, Money.of("600.00"),
                BigDecimal.ZERO));
        assertEquals(new BigDecimal("1000.00"), MeasureBalances.heldFor(FreezeState.ACTIVE, Money.of("600.00"),
                Money.of("400.00")));
        assertEquals(new BigDecimal("400.00"), MeasureBalances.heldFor(FreezeState.RELEASED, Money.of("0.00"),
                Money.of("400.00")), "drawn to nothing by the very deduction being amended");
    }

    @Test
    @DisplayName("轮候冻结: a queued freeze holds nothing yet; a lapsed or released one nothing any more")
    void aQueuedLapsedOrReleasedFreezeHoldsNothing() {
        assertEquals(new BigDecimal("0.00"), MeasureBalances.heldFor(FreezeState.QUEUED, Money.of("600.00"),
                BigDecimal.ZERO));
        assertEquals(new BigDecimal("0.00"), MeasureBalances.heldFor(FreezeState.LAPSED, Money.of("600.00"),
                Money.of("100.00")));
        assertEquals(new BigDecimal("0.00"), MeasureBalances.heldFor(FreezeState.RELEASED, Money.of("0.00"),
                BigDecimal.ZERO));
        assertNull(MeasureBalances.heldFor(null, null, BigDecimal.ZERO), "a freeze not answered yet sets no bound");
    }

    @Test
    void stillOwedIsTheSnapshotLessTheDeductionsAnsweredSinceAndAddsBackTheOneBeingAmended() {
        var snapshot = new MeasureBalances.Snapshot(Money.of("10000.00"), Money.of("2000.00"), T0.plusSeconds(7200));
        var measures = List.of(deduction("1500.00", 1), deduction("500.00", 3));
        assertEquals(new BigDecimal("7500.00"), MeasureBalances.stillOwed(snapshot, measures, BigDecimal.ZERO),
                "the deduction at 01:00 is in the snapshot's recovered amount, the one at 03:00 is not yet");
        assertEquals(new BigDecimal("9000.00"), MeasureBalances.stillOwed(snapshot, measures, Money.of("1500.00")));
        assertEquals(new BigDecimal("0.00"), MeasureBalances.stillOwed(new MeasureBalances.Snapshot(
                Money.of("100.00"), Money.of("100.00"), T0), measures, BigDecimal.ZERO));
        assertNull(MeasureBalances.stillOwed(null, measures, BigDecimal.ZERO), "without a snapshot nothing is known");
    }
}
