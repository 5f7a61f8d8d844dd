package cn.lianxi.cases.config;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's clock, in the courts' time zone: "today" and "this month" are China Standard Time. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "lianxi.zone", defaultValue = "Asia/Shanghai") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
