package cn.lianxi.kit.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of every service, in the courts' time zone: "today", "this month", deadlines and decision dates are
 * calendar dates in China (Asia/Shanghai) whatever the host's zone. Tests replace it with a movable clock (a
 * {@link Clock} bean of their own wins over this default).
 */
@Singleton
public class PlatformClock {

    /** The platform's zone for every calendar date. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /** Today in China by {@code clock}, whatever the clock's own zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
