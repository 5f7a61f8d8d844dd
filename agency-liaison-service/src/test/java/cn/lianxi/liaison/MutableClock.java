package cn.lianxi.liaison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import cn.lianxi.kit.time.PlatformClock;

/**
 * The service's clock in tests: real time plus an offset that tests move forward (never back, so tests that run
 * later still see a consistent world). Deadlines and leases are tested without sleeping. Its zone is the platform's
 * (Asia/Shanghai), as the kit's clock's.
 */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return PlatformClock.ZONE;
    }

    /** The same moving instant seen in {@code zone}. */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock base = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return base.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return base.withZone(other);
            }
        };
    }
}
