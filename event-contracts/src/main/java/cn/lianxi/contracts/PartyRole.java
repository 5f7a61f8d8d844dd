package cn.lianxi.contracts;

/** A party's side in an enforcement case. */
public enum PartyRole {
    /** 申请执行人: the creditor who applied for enforcement. */
    APPLICANT,
    /** 被执行人: the debtor against whom the judgment is enforced. */
    RESPONDENT
}
