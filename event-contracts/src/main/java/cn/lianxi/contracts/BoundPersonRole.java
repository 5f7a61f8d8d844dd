package cn.lianxi.contracts;

/**
 * The capacity in which a company's consumption restriction order also binds a person (法释〔2015〕17号 art. 3,
 * second paragraph).
 */
public enum BoundPersonRole {
    /** 法定代表人. */
    LEGAL_REPRESENTATIVE,
    /** 主要负责人. */
    PERSON_IN_CHARGE,
    /** 直接责任人员. */
    DIRECTLY_RESPONSIBLE,
    /** 实际控制人. */
    ACTUAL_CONTROLLER
}
