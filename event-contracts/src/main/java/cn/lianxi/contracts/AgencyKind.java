package cn.lianxi.contracts;

/** What a member agency (成员单位) is; decides which referral kinds it may receive. */
public enum AgencyKind {
    /** 银行: inquiry, freeze, unfreeze, deduction of deposits. */
    BANK,
    /** 公安: locating people and vehicles, 拒执罪 investigation. */
    POLICE,
    /** 检察院: filing supervision (立案监督) and prosecution. */
    PROCURATORATE,
    /** 不动产登记: real-estate registry. */
    REAL_ESTATE,
    /** 车管所: vehicle administration. */
    VEHICLE,
    /** Any other member unit. */
    OTHER,
    /**
     * 网络司法拍卖平台: an auction platform on the Supreme People's Court's list that sells seized property online on a
     * court's hand-off (法释〔2016〕18号 art. 2, 3).
     */
    AUCTION_PLATFORM
}
