package cn.lianxi.contracts;

/** What a member unit of the joint meeting (联席会议成员单位) is, as the 通报 groups and names it. */
public enum MemberUnitKind {
    /** 人民法院. */
    COURT,
    /** 人民检察院. */
    PROCURATORATE,
    /** 公安机关. */
    POLICE,
    /** 党委政法委: the convener (牵头单位). */
    POLITICAL_LEGAL_COMMITTEE,
    /** 金融监管部门. */
    BANK_REGULATOR,
    /** 银行. */
    BANK,
    /** 信用主管部门 (发展改革委). */
    CREDIT,
    /** 市场监督管理部门. */
    MARKET_REGULATION,
    /** 其他成员单位. */
    OTHER
}
