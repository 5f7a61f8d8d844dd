package cn.lianxi.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The property declaration (财产报告制度, {@code lianxi.property-reports.*}). 《最高人民法院关于民事执行中财产调查若干问题的
 * 规定》(法释〔2017〕8号) art. 4 item (1) has the 报告财产令 state the deadline of the report but fixes no length; ten days
 * is this platform's default, which the judge may replace with the order's own deadline.
 */
@ConfigMapping(prefix = "lianxi.property-reports")
public interface PropertyReportConfig {

    /** The span from the order to the report's deadline when the judge names none. */
    @WithDefault("P10D")
    Term term();
}
