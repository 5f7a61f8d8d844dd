package cn.lianxi.contracts;

/** The status of an enforcement case (执行案件) as case-service keeps it and every case event reports it. */
public enum CaseStatus {
    /** 立案: filed, nothing done yet. */
    FILED,
    /** 财产调查: the property investigation is under way. */
    INVESTIGATING,
    /** 执行措施: freezes, deductions or sanctions are under way. */
    MEASURES_UNDER_WAY,
    /** 中止执行. */
    SUSPENDED,
    /** 结案, with a {@link ConclusionType}. */
    CONCLUDED
}
