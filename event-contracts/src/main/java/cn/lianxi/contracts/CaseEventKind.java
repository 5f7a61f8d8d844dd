package cn.lianxi.contracts;

import java.util.Locale;

/** The kinds of {@link CaseEvent}; each maps to one CloudEvents type. */
public enum CaseEventKind {
    /** 立案: the case was filed. */
    CASE_FILED,
    /** A party was added or corrected. */
    PARTY_CHANGED,
    /** 查询: the court asks for an asset inquiry (nationwide bank inquiry, 总对总). */
    ASSET_INQUIRY_REQUESTED,
    /** 冻结 ordered. */
    FREEZE_ORDERED,
    /** 续冻 ordered: a freeze extended before it lapses. */
    FREEZE_RENEWAL_ORDERED,
    /** 解冻 ordered. */
    UNFREEZE_ORDERED,
    /** 扣划 ordered. */
    DEDUCTION_ORDERED,
    /** A payment was received, with its source. */
    PAYMENT_RECEIVED,
    /** 拒执 lead: refusal to comply reported, with an evidence summary. */
    REFUSAL_REPORTED,
    /** 失信 listing decided, with ground and period. */
    DISHONEST_LISTING_DECIDED,
    /** 限制消费令 ordered. */
    CONSUMPTION_RESTRICTION_ORDERED,
    /** The case status changed (investigating, measures under way, suspended, resumed). */
    STATUS_CHANGED,
    /** The case was concluded, with its conclusion type. */
    CASE_CONCLUDED,
    /** 执转破: transfer to bankruptcy proposed. */
    BANKRUPTCY_TRANSFER_PROPOSED,
    /** An agency outcome was added to the case timeline (e.g. accounts found, amount deducted). */
    OUTCOME_RECORDED,
    /** A respondent found unwilling (失信) or unable (失能) to perform, with the reason. */
    CAPACITY_FOUND,
    /** 报告财产令 issued: the respondent must report its property by a deadline (法释〔2017〕8号 arts. 3-4). */
    PROPERTY_REPORT_ORDERED,
    /** 财产报告 received on a 报告财产令 (民事诉讼法 art. 252; 法释〔2017〕8号 arts. 5-6). */
    PROPERTY_REPORTED,
    /** 违反财产报告制度: no report by the deadline, or a false one (法释〔2017〕8号 art. 9); basis of 失信 ground (4). */
    PROPERTY_REPORT_BREACHED,
    /** 悬赏公告 published on the applicant's application (法释〔2017〕8号 arts. 21-22). */
    REWARD_NOTICE_PUBLISHED,
    /** A lead (财产线索) on a reward notice judged, with the reward paid (法释〔2017〕8号 arts. 23-24). */
    REWARD_LEAD_ASSESSED,
    /** 悬赏公告 withdrawn: by the judge, or because the case concluded. */
    REWARD_NOTICE_WITHDRAWN,
    /** 限制出境 ordered: the police register the respondent's exit restriction (民事诉讼法 2023 art. 266). */
    EXIT_BAN_ORDERED,
    /** 解除限制出境 ordered: on performance or by the court's order (法释〔2008〕13号 art. 38). */
    EXIT_BAN_LIFTING_ORDERED,
    /** A seized asset handed to a judicial auction platform (网络司法拍卖, 法释〔2016〕18号). */
    AUCTION_HANDOFF_ORDERED,
    /** 撤销: a measure not yet answered was cancelled with a second officer's approval (制度铁笼). */
    MEASURE_CANCELLED,
    /**
     * 移送破产审查决定: the enforcing court transfers an enterprise debtor's case to a bankruptcy court, on a party's
     * written consent, and suspends enforcement against it (法发〔2017〕2号 arts. 2, 7; 民诉法解释 art. 511).
     */
    BANKRUPTCY_TRANSFER_DECIDED,
    /** 受理裁定: the receiving court accepted the bankruptcy petition; enforcement ends, preservation is released. */
    BANKRUPTCY_PETITION_ACCEPTED,
    /** 不予受理裁定: the receiving court refused the petition; the enforcing court resumes enforcement. */
    BANKRUPTCY_PETITION_REFUSED,
    /**
     * 交叉执行 / 提级执行: an intermediate court moved the case to another court of its area; the case's
     * {@code courtCode} is the new court's from this event on.
     */
    COURT_TRANSFERRED,
    /** 事项委托: the case's court asked another court to do one step (送达, 调查, 查封) by a date. */
    COURT_REQUEST_SENT,
    /** The receiving court answered a request between courts (事项委托), once. */
    COURT_REQUEST_ANSWERED;

    /** CloudEvents type, e.g. {@code cn.lianxi.case.case-filed.v1}. */
    public String ceType() {
        return "cn.lianxi.case." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".v1";
    }
}
