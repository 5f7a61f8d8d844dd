package cn.lianxi.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The window of wrong codes: counted from its start, locked at the limit, empty again when it ends. */
class PartyQueryFailureTest {

    static final Duration HOUR = Duration.ofHours(1);
    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    static PartyQueryFailure tenWrongSince(Instant start) {
        PartyQueryFailure f = new PartyQueryFailure();
        f.windowStart = start;
        f.failures = 10;
        return f;
    }

    @Test
    void theLimitLocksUntilTheWindowEnds() {
        PartyQueryFailure f = tenWrongSince(START);
        assertTrue(f.isLocked(10));
        assertFalse(f.isLocked(11));
        Instant later = START.plus(Duration.ofMinutes(59)).plusSeconds(30);
        f.refresh(later, HOUR);
        assertTrue(f.isLocked(10), "still in the window");
        assertEquals(30, f.secondsLeft(later, HOUR));
        assertEquals(1, f.secondsLeft(START.plus(HOUR).minusMillis(1), HOUR), "never 0 while locked");
    }

    @Test
    void aNewWindowStartsEmptyOnceTheOldOneEnded() {
        PartyQueryFailure f = tenWrongSince(START);
        Instant end = START.plus(HOUR);
        f.refresh(end, HOUR);
        assertEquals(0, f.failures);
        assertEquals(end, f.windowStart);
        assertFalse(f.isLocked(10));
    }
}
