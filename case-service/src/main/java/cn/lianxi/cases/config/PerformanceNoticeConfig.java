package cn.lianxi.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The performance notice served at filing (执行通知书, {@code lianxi.performance-notice.*}): before measures start the
 * debtor is told to perform by a deadline (执源治理, 前端自动履行). 民事诉讼法 art. 251 (2023 text) has the court serve
 * the notice and lets it act at once; the term the debtor is given is the platform's choice, not a statutory figure
 * (10 days by default, the span the SPC's interpretation of the Civil Procedure Law (2022) art. 480 gives the court
 * to send the notice after the application).
 */
@ConfigMapping(prefix = "lianxi.performance-notice")
public interface PerformanceNoticeConfig {

    /** From the filing date (its start, China time) to the notice's deadline, unless the filing states its own. */
    @WithDefault("P10D")
    Term term();

    /**
     * The grace period (宽限期) after the deadline before a listing: the same span as credit-sanction-service's
     * {@code lianxi.credit.listing-grace}, so the intake refuses what credit would (the launcher sets both).
     */
    @WithDefault("P10D")
    Term listingGrace();
}
