package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The pure rules of the performance notice and of listing only a debtor who will not pay ({@link SelfPerformance}). */
class SelfPerformanceTest {

    private static final Instant DUE = Instant.parse("2026-12-13T16:00:00Z");
    private static final LegalBasis PLAIN = new LegalBasis(EnforcementDocumentKind.RULING, "（2026）苏05执1号之一", "冻结存款");
    private static final LegalBasis URGENT = new LegalBasis(EnforcementDocumentKind.RULING, "（2026）苏05执1号之一",
            "冻结存款", "被执行人正在转移存款");

    @Test
    void civilProcedureArt251_aMeasureBeforeTheDeadlineWaitsUnlessItsRulingStatesUrgency() {
        Instant before = DUE.minusSeconds(1);
        assertTrue(SelfPerformance.measureMustWait(DUE, before, PLAIN));
        assertFalse(SelfPerformance.measureMustWait(DUE, before, URGENT));
        assertTrue(SelfPerformance.measureMustWait(DUE, before,
                new LegalBasis(EnforcementDocumentKind.RULING, "1", "冻结", " ")), "a blank urgency states none");
        assertFalse(SelfPerformance.measureMustWait(DUE, DUE, PLAIN), "the deadline itself has passed");
        assertFalse(SelfPerformance.measureMustWait(null, before, PLAIN), "no notice recorded, nothing to wait for");
    }

    @Test
    void civilProcedureArt251_performanceByTheDeadlineIsWithinTheNotice() {
        assertTrue(SelfPerformance.performedWithinNotice(DUE, DUE));
        assertTrue(SelfPerformance.performedWithinNotice(DUE, DUE.minus(Duration.ofDays(3))));
        assertFalse(SelfPerformance.performedWithinNotice(DUE, DUE.plusMillis(1)));
        assertFalse(SelfPerformance.performedWithinNotice(null, DUE));
    }

    @Test
    void spc2017Art1Item1Art3_aRespondentFoundUnableIsNotListedOnGroundOne() {
        Instant after = DUE.plus(Duration.ofDays(30));
        assertEquals(ProblemType.RESPONDENT_UNABLE, SelfPerformance.listingBar(
                ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, PerformanceCapacity.UNABLE, DUE, after)
                .orElseThrow().type());
        assertEquals(Optional.empty(), SelfPerformance.listingBar(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM,
                PerformanceCapacity.UNWILLING, DUE, after));
        assertEquals(Optional.empty(), SelfPerformance.listingBar(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null,
                DUE, after), "no finding yet: the court decides on ground (1) as before");
        for (ListingGround conduct : ListingGround.values()) {
            if (conduct != ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM) {
                assertEquals(Optional.empty(), SelfPerformance.listingBar(conduct, PerformanceCapacity.UNABLE, DUE,
                        after), conduct + " is conduct, listable whatever the capacity");
            }
        }
    }

    @Test
    void gracePeriod_aListingWaitsUntilTheGracePeriodAfterTheNoticeHasPassed() {
        Instant graceEnds = DUE.plus(Duration.ofDays(10));
        SelfPerformance.Bar bar = SelfPerformance.listingBar(ListingGround.BREACH_OF_CONSUMPTION_RESTRICTION,
                PerformanceCapacity.UNWILLING, graceEnds, graceEnds.minusSeconds(1)).orElseThrow();
        assertEquals(ProblemType.LISTING_GRACE_PERIOD, bar.type());
        assertTrue(bar.reason().contains(graceEnds.toString()));
        assertEquals(Optional.empty(), SelfPerformance.listingBar(ListingGround.BREACH_OF_CONSUMPTION_RESTRICTION,
                null, graceEnds, graceEnds));
        assertEquals(Optional.empty(), SelfPerformance.listingBar(ListingGround.BREACH_OF_CONSUMPTION_RESTRICTION,
                null, null, DUE), "no notice recorded: no grace period");
    }
}
