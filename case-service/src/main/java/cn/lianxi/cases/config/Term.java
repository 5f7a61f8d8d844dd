package cn.lianxi.cases.config;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;

import cn.lianxi.kit.time.PlatformClock;

/**
 * A span of time as configuration writes it: a calendar period ({@code P6M}, {@code P5Y}), counted in China's
 * calendar, or an exact duration ({@code PT2S}) for shortened terms in tests. SmallRye Config converts with
 * {@link #parse}.
 */
public record Term(Period period, Duration duration) {

    public static Term parse(CharSequence text) {
        String s = text.toString().trim();
        try {
            return s.contains("T") ? new Term(null, Duration.parse(s)) : new Term(Period.parse(s), null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 period or duration: " + s, e);
        }
    }

    /** The instant one term after {@code from}. */
    public Instant after(Instant from) {
        return period != null ? from.atZone(PlatformClock.ZONE).plus(period).toInstant() : from.plus(duration);
    }

    @Override
    public String toString() {
        return period != null ? period.toString() : duration.toString();
    }
}
