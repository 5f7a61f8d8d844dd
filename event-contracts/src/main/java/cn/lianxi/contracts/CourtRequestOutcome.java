package cn.lianxi.contracts;

/** The receiving court's answer to a request between courts (事项委托). */
public enum CourtRequestOutcome {
    /** 已办理: done as asked. */
    DONE,
    /** 无法办理: not possible, with the reason in the summary. */
    NOT_POSSIBLE
}
