package cn.lianxi.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;

/**
 * The age of the last audit anchor, in the health group {@code audit} ({@code /q/health/group/audit}). Not a
 * readiness or liveness check: an unanchored service still serves reads, and restarting it would not help the broker.
 */
@HealthGroup("audit")
@ApplicationScoped
public class AnchorHealth implements HealthCheck {

    private final AnchorGate gate;

    public AnchorHealth(AnchorGate gate) {
        this.gate = gate;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("audit-anchor").status(gate.open())
                .withData("ageSeconds", gate.ageSeconds()).withData("limitSeconds", gate.limitSeconds()).build();
    }
}
