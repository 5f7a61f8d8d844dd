package cn.lianxi.kit.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Refuses new cross-agency messages when the audit log has gone unanchored (未锚定) for longer than
 * {@code lianxi.audit.anchor-limit}: past it, what the service records no other party could vouch for. The age is
 * wall-clock time (not the services' business clock, which tests move by months), served as the gauge
 * {@code lianxi_audit_anchor_age_seconds} and by the {@code audit} health group.
 */
@ApplicationScoped
public class AnchorGate {

    private final AnchorFreshness freshness;

    public AnchorGate(AnchorConfig config, MeterRegistry registry) {
        this.freshness = new AnchorFreshness(Clock.systemUTC(), config.anchorLimit());
        Gauge.builder("lianxi.audit.anchor.age", freshness, f -> f.age().toMillis() / 1000.0)
                .baseUnit("seconds")
                .description("Seconds since this service's audit log was last anchored on audit.anchors.v1")
                .register(registry);
    }

    /** Whether new cross-agency messages may go out. */
    public boolean open() {
        return freshness.open();
    }

    /** Succeeds when {@link #open()}, else fails with {@code audit-unanchored} (503). */
    public Uni<Void> ensureAnchored() {
        if (open()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().failure(new ProblemException(ProblemType.AUDIT_UNANCHORED, "the audit log was last "
                + "anchored " + freshness.age().toMinutes() + " minutes ago, more than the limit of "
                + freshness.limit().toMinutes() + " minutes: new messages wait until anchoring works again", null));
    }

    /** Seconds since the last anchor. */
    long ageSeconds() {
        return freshness.age().toSeconds();
    }

    long limitSeconds() {
        return freshness.limit().toSeconds();
    }

    /** The broker acknowledged an anchor of this service at {@code at} (by this instance or another). */
    void anchoredAt(Instant at) {
        freshness.anchoredAt(at);
    }
}
