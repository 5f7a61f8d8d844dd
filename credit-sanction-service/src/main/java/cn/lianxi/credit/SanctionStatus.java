package cn.lianxi.credit;

/** Status of a listing or restriction order. */
public enum SanctionStatus {
    /** 生效中 */
    ACTIVE,
    /** 已删除 / 已解除, with its legal reason */
    LIFTED,
    /** 期限届满: the listing's period ended */
    EXPIRED
}
