package cn.lianxi.contracts;

/** Where a request between courts (事项委托) stands. */
public enum CourtRequestStatus {
    /** 已发出: sent, waiting for the receiving court's answer. */
    SENT,
    /** 已答复: answered (once). */
    ANSWERED
}
