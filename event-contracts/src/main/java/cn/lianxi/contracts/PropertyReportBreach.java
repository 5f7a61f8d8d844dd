package cn.lianxi.contracts;

/**
 * How a respondent broke the property-reporting duty (违反财产报告制度): 《最高人民法院关于民事执行中财产调查若干问题的规定》
 * (法释〔2017〕8号, amended 2020) art. 9 names refusing to report, a false report and a late one without good reason.
 * Either is the basis of a dishonest-debtor listing on 法释〔2017〕7号 art. 1(4).
 */
public enum PropertyReportBreach {
    /** 拒绝报告 / 无正当理由逾期报告: no report by the order's deadline. */
    NOT_REPORTED_BY_DEADLINE,
    /** 虚假报告: the judge found the report false (e.g. assets found that it left out). */
    FALSE_REPORT
}
