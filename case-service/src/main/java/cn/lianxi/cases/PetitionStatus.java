package cn.lianxi.cases;

/**
 * Where a petition (涉执信访) stands: registered and routed to the case's court, answered by it, the party's word on the
 * answer recorded. Whether it is overdue is not a status but derived from the deadline ({@link Petition#overdue}), so
 * a late answer still shows it was late.
 */
public enum PetitionStatus {
    /** 已登记: received, routed to the case's court, waiting for its answer. */
    REGISTERED,
    /** 已答复: the court answered (办结). */
    ANSWERED,
    /** 已评价: the party's acknowledgement of the answer was recorded. */
    ACKNOWLEDGED
}
