package cn.lianxi.contracts;

/** The kinds of {@link CourtCaseEvent} a court system may send (HTTP batch or {@link Topics#COURT_CASE_EVENTS}). */
public enum CourtEventKind {
    /** 立案: a new enforcement case (filing fields and parties). */
    CASE_FILED,
    /** A party joins the case (e.g. a further respondent, 追加被执行人). */
    PARTY_ADDED,
    /** A party's name or identifier is corrected. */
    PARTY_CORRECTED,
    /** 财产查询: the court asks for an asset inquiry on a respondent. */
    ASSET_INQUIRY_REQUESTED,
    /** 冻结 of a deposit account. */
    FREEZE_ORDERED,
    /** 续冻: a freeze extended by a new term before it lapses, naming the freeze ({@code freezeRequestId}). */
    FREEZE_RENEWAL_ORDERED,
    /** 解冻 of a deposit account. */
    UNFREEZE_ORDERED,
    /** 扣划 from a deposit account. */
    DEDUCTION_ORDERED,
    /** A payment reached the applicant or the court's account, with its source. */
    PAYMENT_RECEIVED,
    /** 拒执 lead: the respondent refuses to comply; evidence summary attached. */
    REFUSAL_REPORTED,
    /** 纳入失信被执行人名单 decided. */
    DISHONEST_LISTING_DECIDED,
    /** 限制消费令 ordered. */
    CONSUMPTION_RESTRICTION_ORDERED,
    /** A plain status change (e.g. investigation started), with {@code targetStatus}. */
    STATUS_CHANGED,
    /** 中止执行. */
    CASE_SUSPENDED,
    /** 恢复执行: after a suspension, or a "终本" case whose respondent now has assets. */
    CASE_RESUMED,
    /** 结案, with {@code conclusionType}. */
    CASE_CONCLUDED,
    /** 执转破: transfer to bankruptcy proposed. */
    BANKRUPTCY_TRANSFER_PROPOSED,
    /** The judge's finding on a respondent's capacity to perform: 失信 (will not) or 失能 (cannot), with the reason. */
    CAPACITY_FOUND
}
