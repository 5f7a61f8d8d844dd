package cn.lianxi.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The terms of the clocks case-service times itself (数据铁笼, {@code lianxi.data-cage.*}); an agency's answer is
 * timed by agency-liaison-service's referral deadlines instead. The defaults follow 《最高人民法院关于人民法院办理执行
 * 案件若干期限的规定》(法发〔2006〕35号): art. 1, a case with assets concluded within six months of filing (checked
 * against the published text); art. 7, the debtor's assets investigated within one month (its text checked, its
 * number read from the order of the articles), so the first measure is due by then at the latest.
 */
@ConfigMapping(prefix = "lianxi.data-cage")
public interface DataCageConfig {

    /** 立案 → 首次执行措施 (art. 7). */
    @WithDefault("P1M")
    Term filingToFirstMeasure();

    /** 立案 → 结案 (art. 1). */
    @WithDefault("P6M")
    Term filingToConclusion();

    /** 执转破: the receiving court's ruling on a transfer (法发〔2017〕2号: thirty days). */
    @WithDefault("P30D")
    Term bankruptcyRuling();

    /** How often the sweep marks the clocks whose term passed (read as {@code ${lianxi.data-cage.sweep-every}}). */
    @WithDefault("1m")
    String sweepEvery();
}
