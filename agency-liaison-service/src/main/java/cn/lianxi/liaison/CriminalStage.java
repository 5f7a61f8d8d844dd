package cn.lianxi.liaison;

/**
 * Stages of a 拒执罪 criminal referral: the police decide whether to open a case; an opened case is investigated and
 * transferred to the procuratorate, which decides on prosecution. A refusal or a late decision by the police lets the
 * procuratorate supervise the filing (立案监督) and the applicant be told of private prosecution (自诉).
 */
public enum CriminalStage {
    /** 移送公安: waiting for the police's filing decision. */
    REFERRED_TO_POLICE,
    /** 立案: the police opened a case. */
    CASE_OPENED,
    /** 侦查: under investigation. */
    INVESTIGATING,
    /** 移送审查起诉: transferred to the procuratorate. */
    TRANSFERRED_FOR_PROSECUTION,
    /** 提起公诉. */
    PROSECUTED,
    /** 不起诉. */
    NOT_PROSECUTED,
    /** 不予立案 or late: the procuratorate was asked to supervise the filing. */
    SUPERVISION_REQUESTED,
    /** 立案监督: the procuratorate supervises; the police must open the case or explain. */
    FILING_SUPERVISED,
    /** The procuratorate saw no ground to supervise; the applicant may still bring a private prosecution. */
    CLOSED
}
