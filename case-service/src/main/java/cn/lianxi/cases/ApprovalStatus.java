package cn.lianxi.cases;

/** Where a request for approval (审批) stands: PENDING until a second officer approves or rejects it, once. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
