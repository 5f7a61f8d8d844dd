package cn.lianxi.cases;

/**
 * Status of an enforcement case. Which changes are allowed is decided by
 * {@link cn.lianxi.cases.service.CaseTransitions} (see the README's diagram).
 */
public enum CaseStatus {
    /** 已立案 */
    FILED,
    /** 财产调查中 */
    INVESTIGATING,
    /** 执行措施实施中 */
    MEASURES_UNDER_WAY,
    /** 中止执行 */
    SUSPENDED,
    /** 已结案 (with one of the conclusion types) */
    CONCLUDED
}
