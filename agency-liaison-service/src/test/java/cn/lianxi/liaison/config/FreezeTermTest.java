package cn.lianxi.liaison.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The configured freeze term (冻结期限): a calendar period, or a duration that shortens it below a day. */
class FreezeTermTest {

    /** 2026-12-02 10:00 in China. */
    static final Instant MORNING = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    @DisplayName("民诉法解释 art. 485: a deposit freeze of P1Y runs at most to the same day a year on, to its end in China")
    void aPeriodEndsAtTheEndOfTheBanksLastDay() {
        FreezeTerm year = FreezeTerm.parse("P1Y");
        assertEquals(LocalDate.parse("2027-12-02"), year.lastDay(MORNING));
        assertEquals(Instant.parse("2027-06-01T16:00:00Z"), year.end(MORNING, LocalDate.parse("2027-06-01")),
                "00:00 of 2027-06-02 in China");
        assertEquals("P1Y", year.toString());
    }

    @Test
    void aDurationEndsTheFreezeItselfWhenItIsShorterThanTheBanksDay() {
        FreezeTerm drill = FreezeTerm.parse("PT2M");
        assertEquals(LocalDate.parse("2026-12-03"), drill.lastDay(MORNING), "a bank can state tomorrow at the earliest");
        assertEquals(MORNING.plusSeconds(120), drill.end(MORNING, LocalDate.parse("2026-12-03")));
        assertEquals("PT2M", drill.toString());
    }

    @Test
    void aLongDurationEndsNoLaterThanTheBanksLastDay() {
        FreezeTerm days = FreezeTerm.parse("P10DT1H");
        assertEquals(LocalDate.parse("2026-12-12"), days.lastDay(MORNING));
        assertEquals(Instant.parse("2026-12-04T16:00:00Z"), days.end(MORNING, LocalDate.parse("2026-12-04")));
    }

    @Test
    void somethingElseIsNoTerm() {
        assertThrows(DateTimeParseException.class, () -> FreezeTerm.parse("one year"));
    }
}
