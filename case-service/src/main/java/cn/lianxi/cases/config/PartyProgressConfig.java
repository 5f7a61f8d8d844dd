package cn.lianxi.cases.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * 执行公开 to the parties ({@code lianxi.party-progress.*}): how many wrong query codes one case takes before it
 * refuses codes for the rest of the window. Ten per hour let a party mistype a few times and keep a guesser, even one
 * behind many addresses, near 240 guesses a day against 31⁸ codes; a platform choice, not a statutory figure.
 */
@ConfigMapping(prefix = "lianxi.party-progress")
public interface PartyProgressConfig {

    /** Wrong codes per case in one window before the case refuses every code. */
    @WithDefault("10")
    int maxFailures();

    /** The window the wrong codes are counted in, from the first of them. */
    @WithDefault("PT1H")
    Duration failureWindow();
}
