package cn.lianxi.contracts;

/** How an enforcement case was concluded (结案方式), carried in {@code detail.conclusionType} of CASE_CONCLUDED. */
public enum ConclusionType {
    /** 执行完毕: the debt was performed in full. */
    FULL_PERFORMANCE,
    /** 和解履行完毕: a settlement agreement was performed. */
    SETTLEMENT_PERFORMED,
    /** 终结执行: enforcement terminated. */
    TERMINATION,
    /** 终结本次执行程序 ("终本"): no assets found for now; the case may be resumed when assets appear. */
    TERMINATION_OF_THIS_ROUND,
    /** 不予执行: the court refused to enforce the basis. */
    NON_ENFORCEMENT,
    /** 执转破: the case went to bankruptcy proceedings. */
    BANKRUPTCY_TRANSFER
}
