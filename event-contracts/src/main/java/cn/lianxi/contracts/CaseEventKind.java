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
    CAPACITY_FOUND;

    /** CloudEvents type, e.g. {@code cn.lianxi.case.case-filed.v1}. */
    public String ceType() {
        return "cn.lianxi.case." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".v1";
    }
}
