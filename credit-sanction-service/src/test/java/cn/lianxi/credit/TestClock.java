package cn.lianxi.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import cn.lianxi.kit.time.PlatformClock;

/** A clock tests can move; it replaces the system clock in the test application. Reset it after each test. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at this local time in China. */
    public void setChinaTime(LocalDateTime at) {
        fixed = at.atZone(PlatformClock.ZONE).toInstant();
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return PlatformClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(PlatformClock.ZONE) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
