package cn.lianxi.contracts;

/** Where a key task stands for its missed progress reports (逾期未报送督办). */
public enum ReportEscalation {
    /** 按期报送: no missed cycle. */
    NONE,
    /** 逾期未报: one missed cycle, on the office's list. */
    OVERDUE,
    /** 提请牵头单位督办: two consecutive missed cycles, escalated to the convener (政法委). */
    ESCALATED
}
