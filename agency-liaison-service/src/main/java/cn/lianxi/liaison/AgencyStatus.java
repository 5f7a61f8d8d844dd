package cn.lianxi.liaison;

/** A suspended agency receives no new referrals; its open ones stay answerable. */
public enum AgencyStatus {
    ACTIVE,
    SUSPENDED
}
