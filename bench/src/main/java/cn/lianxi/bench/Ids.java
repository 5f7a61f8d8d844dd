package cn.lianxi.bench;

import java.util.List;
import java.util.Map;

/** Valid test identities (GB 32100 check character) and court events as a court system sends them. */
final class Ids {

    static final String COURT = "C320500";
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** GB 11643 example number (a person born 1949-12-31). */
    static final String PERSON_ID = "11010519491231002X";

    private Ids() {
    }

    /** A unified social credit code (GB 32100) built from a number, with its check character. */
    static String creditCode(long n) {
        String body = "91320500" + String.format("%09d", n % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return body + CREDIT_CHARS.charAt(check);
    }

    static Map<String, Object> caseFiled(String eventId, String caseNumber, String respondentCode, boolean withCourt) {
        Map<String, Object> e = new java.util.LinkedHashMap<>();
        e.put("eventId", eventId);
        if (withCourt) {
            e.put("courtCode", COURT);
        }
        e.put("caseNumber", caseNumber);
        e.put("kind", "CASE_FILED");
        e.put("filedOn", "2026-03-02");
        e.put("basisType", "JUDGMENT");
        e.put("basisDocument", "(2025)苏05民初88号");
        e.put("amountOwed", "250000.00");
        e.put("judge", "judge-zy");
        e.put("parties", List.of(
                Map.of("role", "APPLICANT", "type", "PERSON", "name", "李四", "idNumber", PERSON_ID),
                Map.of("role", "RESPONDENT", "type", "COMPANY", "name", "苏州某贸易有限公司",
                        "idNumber", respondentCode, "legalRepresentative", "王五")));
        return e;
    }
}
