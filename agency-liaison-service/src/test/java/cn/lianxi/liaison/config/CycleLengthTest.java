package cn.lianxi.liaison.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The arithmetic of reporting cycles (报送周期): numbered from 1, counted from the task's creation. */
class CycleLengthTest {

    private static final Instant CREATED = Instant.parse("2026-01-31T02:00:00Z"); // 10:00 on 31 January in China

    @Test
    void aMonthlyCycleFollowsChinasCalendarFromTheCreation() {
        CycleLength monthly = CycleLength.parse("P1M");
        assertEquals(CREATED, monthly.start(CREATED, 1));
        // 31 January + 1 month is 28 February (2026 is no leap year), + 2 months 31 March
        assertEquals(Instant.parse("2026-02-28T02:00:00Z"), monthly.end(CREATED, 1));
        assertEquals(Instant.parse("2026-03-31T02:00:00Z"), monthly.end(CREATED, 2));
        assertEquals(1, monthly.cycleAt(CREATED, CREATED));
        assertEquals(1, monthly.cycleAt(CREATED, Instant.parse("2026-02-28T01:59:59Z")));
        assertEquals(2, monthly.cycleAt(CREATED, Instant.parse("2026-02-28T02:00:00Z")));
        assertEquals(12, monthly.cycleAt(CREATED, Instant.parse("2026-12-31T12:00:00Z")));
        assertEquals(1, monthly.cycleAt(CREATED, CREATED.minusSeconds(60)), "before its creation: the first cycle");
    }

    @Test
    void quarterAndHalfYearAreThreeAndSixMonths() {
        assertEquals(Instant.parse("2026-04-30T02:00:00Z"), CycleLength.parse("P3M").end(CREATED, 1));
        assertEquals(Instant.parse("2026-07-31T02:00:00Z"), CycleLength.parse("P6M").end(CREATED, 1));
        assertEquals(2, CycleLength.parse("P6M").cycleAt(CREATED, Instant.parse("2026-08-01T00:00:00Z")));
    }

    @Test
    void aDurationCyclesExactlyForDrills() {
        CycleLength tenSeconds = CycleLength.parse("PT10S");
        assertEquals(CREATED.plusSeconds(20), tenSeconds.start(CREATED, 3));
        assertEquals(CREATED.plusSeconds(30), tenSeconds.end(CREATED, 3));
        assertEquals(1, tenSeconds.cycleAt(CREATED, CREATED.plusSeconds(9)));
        assertEquals(2, tenSeconds.cycleAt(CREATED, CREATED.plusSeconds(10)));
        assertEquals(4, tenSeconds.cycleAt(CREATED, CREATED.plusSeconds(35)));
    }

    @Test
    void aCycleOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CycleLength.parse("P0D"));
        assertThrows(IllegalArgumentException.class, () -> CycleLength.parse("PT0S"));
    }
}
