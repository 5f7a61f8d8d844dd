package cn.lianxi.contracts;

/**
 * A party of an enforcement case as it travels in events: a person (resident ID, 居民身份证号码) or a company
 * (unified social credit code, 统一社会信用代码).
 *
 * @param role    APPLICANT (申请执行人) or RESPONDENT (被执行人)
 * @param type    PERSON or COMPANY
 * @param name    the party's name
 * @param idNumber resident ID (GB 11643) for a person, unified social credit code (GB 32100) for a company
 * @param minor   true when a person was under 18 on the case's filing date
 * @param legalRepresentative for a company, its legal representative (法定代表人); otherwise null
 */
public record PartyRef(String role, String type, String name, String idNumber, boolean minor,
        String legalRepresentative) {
}
