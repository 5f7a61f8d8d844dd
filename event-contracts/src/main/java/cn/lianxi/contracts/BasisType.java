package cn.lianxi.contracts;

/** The enforcement basis (执行依据) a case rests on. */
public enum BasisType {
    /** 判决书 / 裁定书. */
    JUDGMENT,
    /** 调解书. */
    MEDIATION,
    /** 仲裁裁决. */
    ARBITRAL_AWARD,
    /** 赋予强制执行效力的公证债权文书. */
    NOTARISED_DEBT
}
