package cn.lianxi.cases;

/**
 * The kinds of timeline entry (案件流程节点) that case-service writes without publishing an event of their own; every
 * other entry's kind is the {@code CaseEventKind} it was published as. Spelled once here, read by the API's clients.
 */
public enum TimelineNote {
    /** 已全部到位: the amount recovered reached the amount owed; the case may be concluded by full performance. */
    READY_TO_CONCLUDE,
    /** 发现财产: the platform's search after 终本 found assets; the case is resumable. */
    ASSETS_FOUND,
    /** 重复到账报告: a second report of a transfer the ledger already counted; counted once. */
    RECEIPT_ALREADY_COUNTED,
    /** 对账不符: the court's report and the bank's answer of one transfer disagree on the amount; the bank's counts. */
    LEDGER_DISCREPANCY,
    /** 失信/限消 决定被拒: credit-sanction-service refused the court's listing or restriction, with the reason. */
    SANCTION_REFUSED,
    /**
     * 信用修复 解除: an approved credit repair lifted a listing or restriction of the case (credit-sanction-service's
     * LIFTED change naming the repair), before full performance on the repair's basis.
     */
    CREDIT_REPAIR_LIFTED,
    /**
     * 自动履行: the debtor's own payments covered the debt by the performance notice's deadline (执行通知书): good faith,
     * counted per court in the figures.
     */
    PERFORMED_WITHIN_NOTICE,
    /** 涉执信访 登记: a party's petition about the case registered, with its deadline (and the petition it repeats). */
    PETITION_REGISTERED,
    /** 涉执信访 延期: the petition's term extended once, with the reason (《信访工作条例》 art. 32). */
    PETITION_EXTENDED,
    /** 涉执信访 答复: the court answered the petition, within its term or after it. */
    PETITION_ANSWERED,
    /** 涉执信访 评价: the petitioner's word on the answer, recorded by court staff. */
    PETITION_ACKNOWLEDGED,
    /** 审批 申请: a supervised action (终本, an unfreeze before performance) waits for a second officer's approval. */
    APPROVAL_REQUESTED,
    /** 审批 同意: a second officer approved it; the action's own entries follow. */
    APPROVAL_GRANTED,
    /** 审批 驳回: a second officer rejected it, with the reason; the case is as it was. */
    APPROVAL_REJECTED,
    /** 悬赏线索: someone submitted a lead on the case's reward notice (法释〔2017〕8号 art. 23); the lead is the court's only. */
    REWARD_LEAD_RECEIVED,
    /**
     * 回执: a delivery receipt of one of the case's orders (accepted, delivered, retrieved, answered), sealed by
     * agency-liaison-service, with whether its seal verified; evidence of delivery, not the agency's answer.
     */
    RECEIPT
}
