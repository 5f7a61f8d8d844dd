package cn.lianxi.cases;

/** The side a party stands on. */
public enum PartyRole {
    /** 申请执行人 */
    APPLICANT,
    /** 被执行人 */
    RESPONDENT
}
