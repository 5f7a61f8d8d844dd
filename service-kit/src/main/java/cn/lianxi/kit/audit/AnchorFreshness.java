package cn.lianxi.kit.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The age of the last successful anchor and whether it is within the limit: the start counts as one (a grace
 * period as long as the limit), so a service that just started is open until the limit passes without a publish.
 */
final class AnchorFreshness {

    private final Clock clock;
    private final Duration limit;
    private volatile Instant lastAnchored;

    AnchorFreshness(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
        this.lastAnchored = clock.instant();
    }

    /** An anchor (or heartbeat) was acknowledged by the broker at {@code at}; an older one changes nothing. */
    void anchoredAt(Instant at) {
        if (at.isAfter(lastAnchored)) {
            lastAnchored = at;
        }
    }

    Duration age() {
        return Duration.between(lastAnchored, clock.instant());
    }

    /** Whether the last anchor is no older than the limit. */
    boolean open() {
        return age().compareTo(limit) <= 0;
    }

    Duration limit() {
        return limit;
    }
}
