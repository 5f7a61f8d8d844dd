package cn.lianxi.gateway.config;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Which of the gateway's spans are recorded (链路采样). A recorded span costs attributes, timing and bookkeeping on
 * every request; without an exporter ({@code quarkus.otel.traces.exporter=none}, the default) it is thrown away
 * unread, so then nothing is recorded that the caller did not ask for. The trace itself still flows: the gateway's
 * span id and the trace id go on in {@code traceparent} either way (a caller's trace is continued, a new one is started
 * when it sent none, with the not-sampled flag), and a caller's sampled flag is honoured. With an exporter every
 * trace is recorded, as Quarkus' default sampler does. This bean replaces {@code quarkus.otel.traces.sampler}.
 */
@Singleton
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "quarkus.otel.traces.exporter") List<String> exporters) {
        boolean exported = exporters.stream().anyMatch(exporter -> !exporter.equals("none"));
        return Sampler.parentBased(exported ? Sampler.alwaysOn() : Sampler.alwaysOff());
    }
}
