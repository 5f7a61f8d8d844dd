package cn.lianxi.cases.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How far a court's freezes may go beyond the amount still owed ({@code lianxi.measures.*}). 超标的冻结 (freezing
 * beyond what the respondent must perform) is forbidden: 《民事诉讼法》(2023) art. 253 (the deposits inquired,
 * frozen or transferred may not exceed the scope of the obligation) and 最高人民法院《关于人民法院民事执行中查封、扣押、
 * 冻结财产的规定》(法释〔2004〕15号 as amended by 法释〔2020〕21号) art. 19 (enough to satisfy the debt and the
 * enforcement costs, not clearly beyond it).
 * The costs (执行费 under 《诉讼费用交纳办法》 art. 14, interest for delayed performance) are not known to the platform,
 * so the allowance for them is configuration, not a statutory figure: {@code percent} of the amount still owed plus a
 * {@code fixed} amount. The defaults (10 % + 50.00 CNY, the smallest 执行申请费) are a platform choice.
 */
@ConfigMapping(prefix = "lianxi.measures")
public interface MeasureConfig {

    FreezeAllowance freezeAllowance();

    interface FreezeAllowance {
        /** Percent of the amount still owed allowed on top of it for costs, e.g. {@code 10} (0 to 100). */
        @WithDefault("10")
        BigDecimal percent();

        /** A fixed amount (CNY, two decimals) allowed on top of it. */
        @WithDefault("50.00")
        BigDecimal fixed();
    }
}
