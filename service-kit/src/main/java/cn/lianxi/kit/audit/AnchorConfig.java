package cn.lianxi.kit.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The audit anchoring (锚定) settings. How often new entries are anchored, {@code lianxi.audit.anchor-every} (1 s),
 * is read by the scheduler itself ({@link AnchorPublisher}).
 */
@ConfigMapping(prefix = "lianxi.audit")
public interface AnchorConfig {

    /** With no new entries for this long, a heartbeat anchor repeats the head: silence is told apart from an outage. */
    @WithDefault("60s")
    Duration heartbeatEvery();

    /**
     * How long the service goes on sending cross-agency messages without a successful anchor (4 h, as X-Road's
     * time-stamping limit): beyond it, what it would record could no longer be vouched for by anyone else.
     */
    @WithDefault("PT4H")
    Duration anchorLimit();
}
