package cn.lianxi.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Realistic, valid request bodies (identifiers with correct check characters). */
final class TestData {

    /** GB 11643 example number (a person born 1949-12-31). */
    static final String PERSON_ID = "11010519491231002X";
    /** A well-formed unified social credit code (GB 32100). */
    static final String COMPANY_CODE = "91330100799655058B";

    private TestData() {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger(
            (int) (System.currentTimeMillis() / 1000 % 100_000));
    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * The latest last day a bank may state for a freeze under the system tests' one-minute term (and the earliest it
     * may state at all): tomorrow in China, whatever the host's zone.
     */
    static String freezeLastDay() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    }

    /** A case number no other test of this run uses, e.g. {@code (2026)苏05执12345号}. */
    static String caseNumber() {
        return "(2026)苏05执" + SEQUENCE.incrementAndGet() + "号";
    }

    /** A fresh, valid resident ID (GB 11643) of an adult born in Suzhou's Gusu district. */
    static String personId() {
        int n = SEQUENCE.incrementAndGet();
        String body = String.format("320508%04d%02d%02d%03d", 1960 + n % 40, 1 + n % 12, 1 + n % 28, n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A fresh, valid unified social credit code (GB 32100) of a Suzhou company. */
    static String companyCode() {
        String body = String.format("91320508MA%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return body + CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }

    static Map<String, Object> applicant() {
        return Map.of("role", "APPLICANT", "type", "PERSON", "name", "李四", "idNumber", PERSON_ID);
    }

    static Map<String, Object> companyRespondent(String name, String code, String legalRepresentative) {
        return Map.of("role", "RESPONDENT", "type", "COMPANY", "name", name, "idNumber", code,
                "legalRepresentative", legalRepresentative);
    }

    static Map<String, Object> personRespondent(String name, String id) {
        return Map.of("role", "RESPONDENT", "type", "PERSON", "name", name, "idNumber", id);
    }

    /** A filing of the Suzhou intermediate court on a judgment, against the given respondents. */
    @SafeVarargs
    static Map<String, Object> filing(String caseNumber, String amountOwed, Map<String, Object>... respondents) {
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(applicant());
        parties.addAll(List.of(respondents));
        return Map.of("caseNumber", caseNumber, "filedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1)
                .toString(), "basisType", "JUDGMENT", "basisDocument", "(2025)苏05民初88号", "amountOwed", amountOwed,
                "judge", "judge-zy", "parties", parties);
    }

    static Map<String, Object> caseFiling(String caseNumber) {
        return Map.of(
                "caseNumber", caseNumber,
                "filedOn", "2026-03-02",
                "basisType", "JUDGMENT",
                "basisDocument", "(2025)苏05民初88号",
                "amountOwed", "250000.00",
                "judge", "judge-zy",
                "parties", List.of(
                        Map.of("role", "APPLICANT", "type", "PERSON", "name", "李四", "idNumber", PERSON_ID),
                        Map.of("role", "RESPONDENT", "type", "COMPANY", "name", "苏州某贸易有限公司",
                                "idNumber", COMPANY_CODE, "legalRepresentative", "王五")));
    }

    /** The notice of assistance (协助执行通知书) the system tests' measures rest on: every measure names one. */
    static final Map<String, Object> LEGAL_BASIS = Map.of("documentKind", "ASSISTANCE_NOTICE",
            "documentNumber", "（2026）苏05执1234号之一", "purpose", "查询、冻结、扣划被执行人存款");
    /** The officer a court system names on the measures it sends (over REST the token is the officer). */
    static final Map<String, Object> OFFICER = Map.of("id", "officer-zy", "name", "周法官");

    /** The REST measures: a judge's case actions and liaison's direct requests, each resting on a document. */
    private static final List<String> MEASURE_PATHS = List.of("/asset-inquiries", "/freeze-orders",
            "/freeze-renewals", "/unfreeze-orders", "/deduction-orders", "/refusal-reports", "/api/referrals",
            "/api/bank-inquiries", "/api/criminal-referrals");
    /** The court event kinds that are measures: each names its officer and its legal basis. */
    private static final List<String> MEASURE_KINDS = List.of("ASSET_INQUIRY_REQUESTED", "FREEZE_ORDERED",
            "FREEZE_RENEWAL_ORDERED", "UNFREEZE_ORDERED", "DEDUCTION_ORDERED", "REFUSAL_REPORTED");

    /** {@code body} POSTed to {@code path}: a measure gets {@link #LEGAL_BASIS} when it names no legal basis. */
    static Object withBasis(String path, Object body) {
        if (!(body instanceof Map<?, ?> map) || MEASURE_PATHS.stream().noneMatch(path::endsWith)
                || map.containsKey("legalBasis")) {
            return body;
        }
        Map<Object, Object> named = new LinkedHashMap<>(map);
        named.put("legalBasis", LEGAL_BASIS);
        return named;
    }

    /** A court event: a measure gets {@link #OFFICER} and {@link #LEGAL_BASIS} unless it names its own. */
    static Map<String, Object> withBasis(Map<String, Object> event) {
        if (MEASURE_KINDS.contains(String.valueOf(event.get("kind")))) {
            event.putIfAbsent("orderedBy", OFFICER);
            event.putIfAbsent("legalBasis", LEGAL_BASIS);
        }
        return event;
    }
}
