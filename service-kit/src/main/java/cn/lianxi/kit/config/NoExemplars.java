package cn.lianxi.kit.config;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.prometheus.client.exemplars.ExemplarSampler;

/**
 * Metrics carry no exemplars, so {@code /q/metrics} in OpenMetrics form ({@code Accept: application/openmetrics-text})
 * is valid OpenMetrics 1.0. With OpenTelemetry present Quarkus hands Micrometer a trace-id exemplar sampler, and
 * Micrometer then writes an exemplar on every timer's and summary's {@code _count} line, where OpenMetrics allows
 * them only on histogram buckets and counters: the reference parser (and a strict scraper) rejects the whole
 * scrape. Quarkus has no switch for it, so this alternative replaces the sampler with none. Traces stay reachable
 * through the {@code traceId} in every log line.
 */
@Singleton
public class NoExemplars {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Optional<ExemplarSampler> exemplarSampler() {
        return Optional.empty();
    }
}
