package cn.lianxi.credit.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's clock. Dates of decisions, deadlines and liftings are calendar dates in China (Asia/Shanghai);
 * tests replace the clock with a movable one so deadlines are tested without waiting.
 */
@ApplicationScoped
public class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
