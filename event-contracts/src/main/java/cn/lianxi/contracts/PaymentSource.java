package cn.lianxi.contracts;

/** Where money recovered for a case came from (执行款来源). */
public enum PaymentSource {
    /** 自动履行: the respondent paid. */
    VOLUNTARY,
    /** 扣划: taken from a deposit account by a bank on the court's order. */
    DEDUCTION,
    /** 拍卖 / 变卖 proceeds. */
    AUCTION,
    /** 执行和解 performed. */
    SETTLEMENT,
    /** Anything else the court records. */
    OTHER
}
