package cn.lianxi.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The anchor gate's rule with a clock the test moves: open within the limit, refused past it, open after an anchor. */
class AnchorFreshnessTest {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");
    private static final Duration LIMIT = Duration.ofHours(4);

    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theStartIsAGracePeriodAsLongAsTheLimit() {
        AnchorFreshness freshness = new AnchorFreshness(clock, LIMIT);
        now = START.plus(LIMIT);
        assertTrue(freshness.open(), "exactly at the limit");
        now = START.plus(LIMIT).plusSeconds(1);
        assertFalse(freshness.open(), "past the limit without any anchor");
    }

    @Test
    void anAnchorOpensTheGateAgainAndTheAgeCountsFromIt() {
        AnchorFreshness freshness = new AnchorFreshness(clock, LIMIT);
        now = START.plus(Duration.ofHours(5));
        assertFalse(freshness.open());

        freshness.anchoredAt(now.minusSeconds(30));
        assertTrue(freshness.open());
        assertEquals(Duration.ofSeconds(30), freshness.age());

        now = now.plus(LIMIT);
        assertFalse(freshness.open(), "the limit counts from the last anchor");
    }

    @Test
    void anOlderAnchorDoesNotTurnTheAgeBack() {
        AnchorFreshness freshness = new AnchorFreshness(clock, LIMIT);
        now = START.plusSeconds(100);
        freshness.anchoredAt(START.plusSeconds(90));
        freshness.anchoredAt(START.plusSeconds(10));
        assertEquals(Duration.ofSeconds(10), freshness.age());
    }
}
