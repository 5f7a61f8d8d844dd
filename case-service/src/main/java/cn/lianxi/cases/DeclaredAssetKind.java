package cn.lianxi.cases;

/**
 * The kinds of property a respondent reports (财产报告的范围), as 《最高人民法院关于民事执行中财产调查若干问题的规定》
 * (法释〔2017〕8号, amended 2020) art. 5 para. 1 lists them.
 */
public enum DeclaredAssetKind {
    /** (一) 收入、银行存款、现金、理财产品、有价证券 */
    INCOME_DEPOSITS_AND_SECURITIES,
    /** (二) 土地使用权、房屋等不动产 */
    REAL_ESTATE,
    /** (三) 交通运输工具、机器设备、产品、原材料等动产 */
    VEHICLES_AND_MOVABLES,
    /** (四) 债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利 */
    CLAIMS_SHARES_AND_RIGHTS,
    /** (五) 其他应当报告的财产 */
    OTHER
}
