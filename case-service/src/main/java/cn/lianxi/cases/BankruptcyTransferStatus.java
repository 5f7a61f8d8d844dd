package cn.lianxi.cases;

/** Where a transfer to bankruptcy review (执转破) stands: waiting for the receiving court, accepted or refused. */
public enum BankruptcyTransferStatus {
    /** 已移送: decided and sent; enforcement is suspended until the receiving court rules. */
    TRANSFERRED,
    /** 受理: the receiving court accepted the petition; the case is concluded as BANKRUPTCY_TRANSFER. */
    ACCEPTED,
    /** 不予受理: the receiving court refused it; enforcement resumed. */
    REFUSED
}
