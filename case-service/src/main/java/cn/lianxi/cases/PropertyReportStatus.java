package cn.lianxi.cases;

/** Where a 报告财产令 stands: waiting for the report, reported, or breached (违反财产报告制度). */
public enum PropertyReportStatus {
    /** Issued; the report is due by the order's deadline. */
    ORDERED,
    /** The respondent reported (on time or late). */
    REPORTED,
    /** The judge found a breach: no report by the deadline, or a false one (法释〔2017〕8号 art. 9). */
    BREACHED
}
