package cn.lianxi.cases;

/**
 * The changes of property a respondent reports for the year before it received the enforcement notice up to its
 * report (法释〔2017〕8号 art. 6 para. 1).
 */
public enum PropertyChangeKind {
    /** (一) 转让、出租财产 */
    TRANSFERRED_OR_LEASED,
    /** (二) 在财产上设立担保物权等权利负担 */
    ENCUMBERED,
    /** (三) 放弃债权或延长债权清偿期 */
    CLAIM_WAIVED_OR_EXTENDED,
    /** (四) 支出大额资金 */
    LARGE_EXPENDITURE,
    /** (五) 其他影响生效法律文书确定债权实现的财产变动 */
    OTHER
}
