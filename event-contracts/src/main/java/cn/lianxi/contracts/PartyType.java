package cn.lianxi.contracts;

/** Whether a party is a natural person (resident ID, GB 11643) or a company (unified social credit code, GB 32100). */
public enum PartyType {
    /** 自然人. */
    PERSON,
    /** 法人或非法人组织. */
    COMPANY
}
