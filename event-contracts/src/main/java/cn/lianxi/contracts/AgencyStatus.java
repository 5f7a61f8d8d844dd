package cn.lianxi.contracts;

/** Whether a member agency takes referrals: a suspended one keeps its history but receives nothing new. */
public enum AgencyStatus {
    ACTIVE,
    SUSPENDED
}
