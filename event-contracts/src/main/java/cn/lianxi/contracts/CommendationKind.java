package cn.lianxi.contracts;

/** A commendation (表彰) of the joint meeting's year. */
public enum CommendationKind {
    /** 先进集体: a member unit. */
    COLLECTIVE,
    /** 先进个人: a person of a member unit. */
    INDIVIDUAL
}
