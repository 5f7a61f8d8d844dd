package cn.lianxi.contracts;

/**
 * The kind of enforcement document (执行文书) a measure rests on. A court asks a bank, the police or another unit to
 * act by serving its ruling together with a notice of assistance (民事诉讼法 art. 253 para. 2, 2023 text: 人民法院决定
 * 扣押、冻结、划拨、变价财产，应当作出裁定，并发出协助执行通知书); the measure names the document the agency acts on.
 */
public enum EnforcementDocumentKind {
    /** 执行裁定书: the ruling that orders the measure (a freeze, a deduction, a release). */
    RULING,
    /** 协助执行通知书: the notice asking the agency to assist (an inquiry, a freeze, a renewal, a transfer of a lead). */
    ASSISTANCE_NOTICE
}
