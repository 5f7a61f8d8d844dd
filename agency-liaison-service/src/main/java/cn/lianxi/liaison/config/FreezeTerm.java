package cn.lianxi.liaison.config;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

import cn.lianxi.kit.time.PlatformClock;

/**
 * The term of a freeze (冻结期限) as configured: a calendar period such as {@code P1Y} (the statute's unit, counted in
 * China's calendar days) or an exact duration such as {@code PT2M}, which shortens the term for a drill or the system
 * tests below the day a bank can state. Neither {@link Period} nor {@link Duration} alone parses both, hence this small
 * value type; MicroProfile Config converts it through {@link #parse(CharSequence)}.
 *
 * <p>A bank answers a freeze with its last day ({@code frozenUntil}, a date after today). The freeze stops holding at
 * the earlier of the end of that day and the end of the term counted from when it took effect
 * ({@link #end(Instant, LocalDate)}), so a term shorter than a day ends the freeze itself.
 */
public record FreezeTerm(Period period, Duration duration) {

    /** {@code P1Y}, {@code P6M}, {@code P30D} as a period; {@code PT2M}, {@code P1DT12H} as a duration. */
    public static FreezeTerm parse(CharSequence text) {
        String s = text.toString().trim();
        try {
            return new FreezeTerm(Period.parse(s), null);
        } catch (DateTimeParseException notAPeriod) {
            return new FreezeTerm(null, Duration.parse(s));
        }
    }

    /**
     * The last day a freeze taking effect at {@code from} may run to: that day plus the period, or the day the duration
     * ends; never before the day after {@code from} (the earliest end a bank can state).
     */
    public LocalDate lastDay(Instant from) {
        LocalDate start = dayOf(from);
        LocalDate last = period != null ? start.plus(period) : dayOf(from.plus(duration));
        return last.isAfter(start) ? last : start.plusDays(1);
    }

    /** When a freeze that took effect at {@code from}, with {@code lastDay} as the bank's end, stops holding. */
    public Instant end(Instant from, LocalDate lastDay) {
        Instant dayEnd = lastDay.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant();
        if (period != null) {
            return dayEnd;
        }
        Instant termEnd = from.plus(duration);
        return termEnd.isBefore(dayEnd) ? termEnd : dayEnd;
    }

    @Override
    public String toString() {
        return period != null ? period.toString() : duration.toString();
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, PlatformClock.ZONE);
    }
}
