package cn.lianxi.liaison.config;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;

import cn.lianxi.kit.time.PlatformClock;

/**
 * The length of a reporting cycle (报送周期) as configured: a calendar period ({@code P1M}, counted in China's calendar
 * from the task's creation) or an exact duration ({@code PT10S}, for drills and the system tests). Cycles are numbered
 * from 1: cycle {@code n} runs from {@link #start(Instant, long) start(origin, n)} (inclusive) to
 * {@code start(origin, n + 1)} (exclusive), the first starting at the task's creation.
 */
public record CycleLength(Period period, Duration duration) {

    public CycleLength {
        boolean positive = period != null ? !period.isNegative() && !period.isZero()
                : duration != null && !duration.isNegative() && !duration.isZero();
        if (!positive) {
            throw new IllegalArgumentException("a reporting cycle must be longer than zero");
        }
    }

    /** {@code P1M}, {@code P3M}, {@code P6M} as a period; {@code PT10S}, {@code P1DT12H} as a duration. */
    public static CycleLength parse(CharSequence text) {
        String s = text.toString().trim();
        try {
            return new CycleLength(Period.parse(s), null);
        } catch (DateTimeParseException notAPeriod) {
            return new CycleLength(null, Duration.parse(s));
        }
    }

    /** When cycle {@code n} (from 1) of a task created at {@code origin} starts. */
    public Instant start(Instant origin, long n) {
        long k = n - 1;
        if (period != null) {
            return origin.atZone(PlatformClock.ZONE).plus(period.multipliedBy(Math.toIntExact(k))).toInstant();
        }
        return origin.plus(duration.multipliedBy(k));
    }

    /** When cycle {@code n} ends (the next one starts). */
    public Instant end(Instant origin, long n) {
        return start(origin, n + 1);
    }

    /** The number of the cycle {@code at} falls in; 1 before and at {@code origin}. */
    public long cycleAt(Instant origin, Instant at) {
        if (!at.isAfter(origin)) {
            return 1;
        }
        if (duration != null) {
            return Duration.between(origin, at).dividedBy(duration) + 1;
        }
        long n = 1;
        while (!end(origin, n).isAfter(at)) {
            n++;
        }
        return n;
    }

    @Override
    public String toString() {
        return period != null ? period.toString() : duration.toString();
    }
}
