package cn.lianxi.liaison.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import cn.lianxi.contracts.ReferralKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Referral deadlines and leases: configuration, not code ({@code lianxi.referral.*}). */
@ConfigMapping(prefix = "lianxi.referral")
public interface ReferralConfig {

    /** Due time per referral kind slug, e.g. {@code lianxi.referral.due.freeze=PT48H}. */
    Map<String, Duration> due();

    /** Used for a kind without its own entry. */
    @WithDefault("P15D")
    Duration defaultDue();

    /** How long after its due time an unanswered referral expires. */
    @WithDefault("P7D")
    Duration expireAfter();

    /** How long a pull claim holds a referral. */
    @WithDefault("PT5M")
    Duration lease();

    /** How close to its end an answered freeze is reported for renewal. */
    @WithDefault("P30D")
    Duration freezeWarning();

    /**
     * The longest term of a deposit freeze (冻结银行存款的期限不得超过一年, 民诉法解释 art. 485; the same article
     * allows two years for movables and three for real estate and other property rights, not modelled here: the
     * platform orders deposit freezes only). A bank's {@code frozenUntil} beyond it is refused, and a queued freeze
     * (轮候冻结) that takes effect runs this long from that day. A duration ({@code PT2M}) shortens it below a day for
     * a drill or the system tests: the platform then ends each freeze that long after it took effect.
     */
    @WithDefault("P1Y")
    FreezeTerm depositFreezeTerm();

    /** Freezes ending before this instant are announced (the warning window from now). */
    default Instant freezeWarningHorizon(Clock clock) {
        return clock.instant().plus(freezeWarning());
    }

    default Duration dueFor(ReferralKind kind) {
        return due().getOrDefault(kind.slug(), defaultDue());
    }
}
