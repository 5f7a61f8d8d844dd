package cn.lianxi.liaison.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every deadline, lease and time stamp of this service is read from. Tests replace it with a clock they
 * can move, so deadlines are tested without waiting.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
