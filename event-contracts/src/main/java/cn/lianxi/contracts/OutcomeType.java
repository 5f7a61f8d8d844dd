package cn.lianxi.contracts;

/**
 * What happened to a referral, as {@link ReferralOutcome} announces it; one CloudEvents type each
 * ({@code cn.lianxi.liaison.outcome.<slug>.v1}).
 */
public enum OutcomeType {
    /** An agency answered (bank inquiry, property inquiry, note). */
    ANSWERED,
    /** The agency refused the referral, with a reason. */
    REJECTED,
    /** Nobody answered before the referral expired. */
    EXPIRED,
    /** The deadline passed; the referral was escalated to the joint-meeting office. */
    ESCALATED,
    /** No active agency can take the ordered measure: the order did not reach anyone. */
    UNROUTABLE,
    /** 冻结 done. */
    FROZEN,
    /** 解冻 done. */
    UNFROZEN,
    /** 扣划 done: raises the case's recovered amount exactly once. */
    DEDUCTED,
    /** An answered freeze ends soon (within the warning window): the court should renew it (续冻). */
    FREEZE_EXPIRING,
    /** 续冻 done: the freeze runs to its new end. */
    FREEZE_RENEWED,
    /** The freeze reached its end unrenewed and no longer holds the money (冻结失效). */
    FREEZE_LAPSED,
    /** 轮候冻结: the account is already frozen for another case; this freeze waits in line behind it. */
    FREEZE_QUEUED,
    /** A queued freeze took effect because the freeze ahead of it was released or lapsed. */
    FREEZE_EFFECTIVE,
    /** The referral was withdrawn before it was answered (the case was concluded); the agency was told. */
    CANCELLED,
    /** The person or vehicle was found. */
    LOCATED,
    /** The person or vehicle was not found. */
    NOT_LOCATED,
    /** 拒执罪 lead sent to the police. */
    REFERRED_TO_POLICE,
    /** 立案: the police opened a criminal case. */
    CASE_OPENED,
    /** 不予立案: the police refused to open one. */
    CASE_REFUSED,
    /** 立案监督 requested from the procuratorate. */
    SUPERVISION_REQUESTED,
    /** The procuratorate supervised the filing (asked for reasons or ordered a filing). */
    FILING_SUPERVISED,
    /** The procuratorate declined to supervise. */
    SUPERVISION_DECLINED,
    /** The police investigate the opened case (侦查). */
    INVESTIGATING,
    /** The police transferred the case for prosecution (移送审查起诉). */
    TRANSFERRED_FOR_PROSECUTION,
    /** 提起公诉. */
    PROSECUTED,
    /** 不起诉. */
    NOT_PROSECUTED,
    /** The applicant was told of the right of private prosecution (自诉). */
    PRIVATE_PROSECUTION_ADVISED,
    /** 限制出境 registered: the police registered the respondent's exit restriction with the border authority. */
    EXIT_BAN_REGISTERED,
    /** The police refused to register the exit restriction, with the reason. */
    EXIT_BAN_REFUSED,
    /** 解除限制出境: the restriction was lifted with the border authority. */
    EXIT_BAN_LIFTED,
    /** 拍卖成交: the asset was sold; the price is a receipt in the case's ledger. */
    AUCTION_SOLD,
    /** 流拍: no valid bid; the asset was not sold. */
    AUCTION_UNSOLD,
    /** 撤回拍卖: the auction was withdrawn before it closed (法释〔2016〕18号 art. 20). */
    AUCTION_WITHDRAWN,
    /**
     * 回执: a signed delivery receipt of the order (accepted by the platform, delivered to the agency's queue or topic,
     * retrieved by the agency, answered); the outcome's {@code receipt} carries it. It is evidence, not an answer.
     */
    RECEIPT;

    /** e.g. {@code not-located}: used in CloudEvents types. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether this outcome is the agency's answer to the order it concerns: not the deadline's escalation, a freeze's
     * later life (its expiry warning, its lapse, a queued freeze taking effect), the 拒执 lead's transfer before the
     * police decide, or a delivery receipt. case-service's register of measures and its clocks read it the same way.
     */
    public boolean answersTheOrder() {
        return switch (this) {
            case ESCALATED, FREEZE_EXPIRING, FREEZE_LAPSED, FREEZE_EFFECTIVE, REFERRED_TO_POLICE, RECEIPT -> false;
            default -> true;
        };
    }
}
