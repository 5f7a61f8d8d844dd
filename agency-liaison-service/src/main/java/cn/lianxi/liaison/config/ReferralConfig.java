package cn.lianxi.liaison.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.kit.time.PlatformClock;
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

    /** Freezes ending before this day are announced: the calendar day in China the warning window ends on. */
    default LocalDate freezeWarningHorizon(Clock clock) {
        return LocalDate.ofInstant(clock.instant().plus(freezeWarning()), PlatformClock.ZONE);
    }

    default Duration dueFor(ReferralKind kind) {
        return due().getOrDefault(kind.slug(), defaultDue());
    }
}
