package cn.lianxi.cases.config;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * 终结本次执行程序 (终本): its prerequisites and the searches after it ({@code lianxi.round-end.*}). The defaults are
 * 最高人民法院《关于严格规范终结本次执行程序的规定（试行）》(法〔2016〕373号): art. 1 (prerequisites) and art. 9
 * para. 2 (a search every six months for five years).
 */
@ConfigMapping(prefix = "lianxi.round-end")
public interface RoundEndConfig {

    /** Art. 1(4): more than three months since the case was filed. */
    @WithDefault("P3M")
    Period minimumSinceFiling();

    /** Art. 1(2): a consumption restriction order (限制消费令) was issued. */
    @WithDefault("true")
    boolean restrictionRequired();

    /** Art. 1(3) with art. 3: the nationwide inquiry (网络执行查控) was made. */
    @WithDefault("true")
    boolean inquiryRequired();

    /** ... and at least one bank answered it (the platform can tell: an ANSWERED bank inquiry outcome). */
    @WithDefault("true")
    boolean inquiryAnswerRequired();

    /** The applicant was told and heard before 终本 ({@code applicantInformedOn} on the conclusion). */
    @WithDefault("true")
    boolean applicantInformedRequired();

    /** Art. 9 para. 2: how often the platform repeats the nationwide search after 终本. */
    @WithDefault("P6M")
    Term searchInterval();

    /** Art. 9 para. 2: for how long after 终本 it does. */
    @WithDefault("P5Y")
    Term searchHorizon();

    /** How often the sweep looks for due searches (the scheduler reads it as {@code ${lianxi.round-end.sweep-every}}). */
    @WithDefault("10m")
    String sweepEvery();

    /** How long after start the first sweep waits. */
    @WithDefault("1m")
    String sweepDelay();
}
