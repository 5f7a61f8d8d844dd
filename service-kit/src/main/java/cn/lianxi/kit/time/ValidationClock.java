package cn.lianxi.kit.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * Bean Validation's "now" ({@code @SensibleDate}, {@code @PastOrPresent}, a resident ID's birth date) is the
 * platform's clock in China time, so a date valid today in Beijing is valid at 00:30 there too, and tests that move
 * the clock move validation with it. Quarkus uses a {@link ClockProvider} bean when there is one.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(PlatformClock.ZONE);
    }
}
