package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A table of hostile and malformed requests against every public write endpoint (and the query parameters and
 * path segments of the reads), each through the gateway with a token that may call the endpoint: every one must be
 * a 4xx {@code application/problem+json} that carries no stack trace and none of the submitted personal data, and
 * together they must change nothing in any service's business tables.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIT {

    /** A well-formed resident ID used in the bodies: it must never come back in an error. */
    static final String PERSON = Ids.resident(777);
    static final Pattern LEAK = Pattern.compile("(?i)(exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|stacktrace|hibernate|vertx"
            + "|org\\.postgresql|syntax error|select .* from|caused by)");
    static final String INJECTION_SQL = "' OR '1'='1'; DROP TABLE enforcement_case; --";
    static final String INJECTION_SCRIPT = "<script>alert(document.cookie)</script>";
    static final String BAD_RESIDENT = PERSON.substring(0, 17) + (PERSON.charAt(17) == '1' ? '2' : '1');
    static final String BAD_CREDIT = TestData.COMPANY_CODE.substring(0, 17) + "A";

    /**
     * Rows each service writes when a write succeeds (audit_log is excluded: refused court events are audited). What
     * the deadline sweep writes meanwhile for earlier tests' referrals (escalations, expiries and their timeline
     * entries) is not counted: it is no effect of a request.
     */
    static final Map<String, List<String>> TABLES = Map.of(
            "case", List.of("enforcement_case", "case_party", "court_event", "recovery",
                    "timeline_entry WHERE kind <> 'OUTCOME_RECORDED'",
                    "outbox WHERE ce_type <> 'cn.lianxi.case.outcome-recorded.v1'"),
            "liaison", List.of("referral", "agency", "criminal_referral", "jm_key_task", "jm_member_unit",
                    "outbox WHERE ce_type NOT IN ('cn.lianxi.liaison.outcome.escalated.v1',"
                            + " 'cn.lianxi.liaison.outcome.expired.v1', 'cn.lianxi.liaison.outcome.freeze-expiring.v1')"),
            "credit", List.of("dishonest_listing", "restriction_order", "credit_repair", "correction_request", "outbox"));

    Keycloak keycloak;
    String caseId;
    Map<String, Long> before;
    int executed;

    /** One endpoint: who may call it, a valid body, and which of its fields carry IDs, amounts and enums. */
    record Endpoint(String path, String user, Map<String, Object> body, String required, String idField,
            String amountField, String enumField) {

        /** A measure's valid body names its legal basis, so each request is refused for its planted fault alone. */
        @SuppressWarnings("unchecked")
        Endpoint {
            body = (Map<String, Object>) TestData.withBasis(path, body);
        }
    }

    @BeforeAll
    void setUp(Platform platform) {
        keycloak = new Keycloak(platform);
        caseId = given().auth().oauth2(keycloak.user("clerk-zy")).contentType("application/json")
                .body(TestData.caseFiling("BAD-" + System.nanoTime() % 1_000_000)).post("/api/cases")
                .then().statusCode(201).extract().path("id");
        Workload.sleep(3_000); // let the filing's events settle in the other services before counting
        before = counts();
    }

    @AfterAll
    void nothingChanged() {
        Workload.sleep(2_000);
        Map<String, Long> after = counts();
        System.out.printf("[bad-input] %d hostile requests, all refused with 4xx problem+json; rows before %s after %s%n",
                executed, before, after);
        assertEquals(before, after, "a refused request changed the database");
        assertTrue(executed >= 200, "the corpus must hold at least 200 requests, had " + executed);
    }

    static Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        TABLES.forEach((service, tables) -> tables.forEach(t -> m.put(service + "." + t,
                Db.count(service, "SELECT count(*) FROM " + t))));
        return new java.util.TreeMap<>(m);
    }

    List<Endpoint> endpoints() {
        String cases = "/api/cases/" + caseId;
        Map<String, Object> party = Map.of("role", "RESPONDENT", "type", "PERSON", "name", "赵六", "idNumber", PERSON);
        return List.of(
                new Endpoint("/api/cases", "clerk-zy", TestData.caseFiling("BAD-X1"), "caseNumber", null, "amountOwed", "basisType"),
                new Endpoint(cases + "/transitions", "judge-zy", Map.of("targetStatus", "CONCLUDED", "conclusionType", "TERMINATION"),
                        "targetStatus", null, null, "conclusionType"),
                new Endpoint(cases + "/asset-inquiries", "judge-zy", Map.of("respondentIdNumber", PERSON), null, "respondentIdNumber", null, null),
                new Endpoint(cases + "/freeze-orders", "judge-zy", Map.of("bankCode", "102", "accountNumber", "6222001", "amount", "10.00",
                        "respondentIdNumber", PERSON), "accountNumber", "respondentIdNumber", "amount", null),
                new Endpoint(cases + "/deduction-orders", "judge-zy", Map.of("bankCode", "102", "accountNumber", "6222001", "amount", "10.00",
                        "respondentIdNumber", PERSON), "accountNumber", "respondentIdNumber", "amount", null),
                new Endpoint(cases + "/payments", "clerk-zy", Map.of("amount", "10.00", "source", "VOLUNTARY", "transferReference", "BAD-CORPUS-1"), "amount", null, "amount", "source"),
                new Endpoint(cases + "/refusal-reports", "judge-zy", Map.of("evidenceSummary", "转移财产", "respondentIdNumber", PERSON),
                        "evidenceSummary", "respondentIdNumber", null, null),
                new Endpoint(cases + "/dishonest-listings", "judge-zy", Map.of("ground", 6, "respondentIdNumber", PERSON), "ground",
                        "respondentIdNumber", null, "ground"),
                new Endpoint(cases + "/consumption-restrictions", "judge-zy", Map.of("behaviours", List.of("FLIGHTS"), "respondentIdNumber", PERSON),
                        "behaviours", "respondentIdNumber", null, "behaviours"),
                new Endpoint(cases + "/parties", "clerk-zy", Map.of("party", party), "party", null, null, null),
                new Endpoint("/api/court-events", "clerk-zy", Map.of("events", List.of()), "events", null, null, null),
                new Endpoint("/api/referrals", "judge-zy", referral(), "caseId", "respondentIdNumber", null, "kind"),
                new Endpoint("/api/bank-inquiries", "judge-zy", Map.of("caseId", caseId, "caseNumber", "X",
                        "respondents", List.of(Map.of("name", "赵六", "idNumber", PERSON, "type", "BOGUS"))), "caseId", null, null, null),
                new Endpoint("/api/criminal-referrals", "judge-zy", Map.of("caseId", caseId, "caseNumber", "X", "respondentName", "赵六",
                        "respondentIdNumber", PERSON, "respondentType", "ROBOT", "evidenceSummary", "x"), "caseId", "respondentIdNumber", null,
                        "respondentType"),
                new Endpoint("/api/agencies", "admin", Map.of("id", "bank-lowercase", "kind", "BANK", "name", "测试银行"), "id", null, null, "kind"),
                new Endpoint("/api/joint-meeting/tasks", "jm-office", Map.of("year", 1999, "title", "t", "ownerUnit", "X",
                        "dueOn", "2026-12-31"), "title", null, null, null),
                new Endpoint("/api/listings", "credit-officer", Map.of("caseId", caseId, "respondentIdNumber", PERSON, "ground", 9,
                        "decisionDate", "2026-03-02", "documentNumber", "D1"), "caseId", "respondentIdNumber", null, "ground"),
                new Endpoint("/api/restrictions", "credit-officer", Map.of("caseId", caseId, "respondentIdNumber", PERSON,
                        "orderDate", "2026-03-02", "documentNumber", "D1", "boundPersons", List.of(Map.of("role", "EMPEROR", "name", "x"))),
                        "caseId", "respondentIdNumber", null, null),
                new Endpoint("/api/credit-repairs", "credit-officer", Map.of("caseId", "00000000-0000-0000-0000-000000000000",
                        "idNumber", PERSON, "statement", "已履行"), "caseId", "idNumber", null, null),
                new Endpoint("/api/sanctions/cases/" + caseId + "/lifting", "credit-officer", Map.of("reason", "NOT_A_REASON"),
                        null, null, null, "reason"));
    }

    private Map<String, Object> referral() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", caseId);
        m.put("caseNumber", "X");
        m.put("kind", "TELEPORT");
        m.put("agencyId", "BANK-ICBC");
        m.put("respondentName", "赵六");
        m.put("respondentIdNumber", PERSON);
        m.put("respondentType", "PERSON");
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsA4xxProblem() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String p = e.path();
            tests.add(raw(e, "malformed JSON", "{\"a\": ".getBytes(StandardCharsets.UTF_8), "application/json"));
            tests.add(raw(e, "truncated object", json(e.body()).substring(0, json(e.body()).length() / 2).getBytes(StandardCharsets.UTF_8),
                    "application/json"));
            tests.add(raw(e, "array instead of object", "[1,2,3]".getBytes(StandardCharsets.UTF_8), "application/json"));
            tests.add(raw(e, "bare string", "\"hello\"".getBytes(StandardCharsets.UTF_8), "application/json"));
            if (e.required() != null) {
                // an endpoint whose body is optional (e.g. an asset inquiry of every respondent) accepts no body
                tests.add(raw(e, "empty body", new byte[0], "application/json"));
                tests.add(raw(e, "JSON null", "null".getBytes(StandardCharsets.UTF_8), "application/json"));
            }
            tests.add(raw(e, "deep nesting", deep(e), "application/json"));
            tests.add(raw(e, "invalid UTF-8", invalidUtf8(e), "application/json"));
            tests.add(raw(e, "text/plain body", json(e.body()).getBytes(StandardCharsets.UTF_8), "text/plain"));
            tests.add(raw(e, "XML body", "<case><id>1</id></case>".getBytes(StandardCharsets.UTF_8), "application/xml"));
            if (e.required() != null) {
                tests.add(body(e, "missing " + e.required(), without(e.body(), e.required())));
                tests.add(body(e, "wrong type for " + e.required(), with(e.body(), e.required(), Map.of("nested", List.of(1, 2)))));
                if (!e.required().equals(e.amountField())) {
                    tests.add(body(e, "number for " + e.required(), with(e.body(), e.required(), 12345)));
                }
            }
            if (e.idField() != null) {
                tests.add(body(e, "wrong check character", with(e.body(), e.idField(), BAD_RESIDENT)));
                tests.add(body(e, "invalid credit code", with(e.body(), e.idField(), BAD_CREDIT)));
                tests.add(body(e, "SQL injection as ID", with(e.body(), e.idField(), INJECTION_SQL)));
                tests.add(body(e, "overlong ID", with(e.body(), e.idField(), "3".repeat(100_000))));
            }
            if (e.amountField() != null) {
                tests.add(body(e, "negative amount", with(e.body(), e.amountField(), "-100.00")));
                tests.add(body(e, "over-precise amount", with(e.body(), e.amountField(), "10.001")));
                tests.add(body(e, "amount as words", with(e.body(), e.amountField(), "ten yuan")));
                tests.add(body(e, "amount 1e400", with(e.body(), e.amountField(), "1e400")));
            }
            if (e.enumField() != null) {
                tests.add(body(e, "unknown enum", with(e.body(), e.enumField(), "NOT_A_VALUE")));
                tests.add(body(e, "script injection as enum", with(e.body(), e.enumField(), INJECTION_SCRIPT)));
            }
            if (p.equals("/api/cases") || p.equals("/api/court-events")) {
                tests.add(raw(e, "3 MB body", huge(), "application/json"));
            }
        }
        tests.addAll(courtEventBatches());
        tests.addAll(reads());
        return tests.stream();
    }

    private List<DynamicTest> courtEventBatches() {
        Endpoint e = new Endpoint("/api/court-events", "clerk-zy", Map.of(), null, null, null, null);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("eventId", "e" + i));
        }
        return List.of(body(e, "1,001 events", Map.of("events", tooMany)),
                body(e, "events not a list", Map.of("events", "CASE_FILED")));
    }

    /** Query parameters and path segments of the reads. */
    private List<DynamicTest> reads() {
        List<DynamicTest> t = new ArrayList<>();
        Object[][] table = {
                {"clerk-zy", "/api/cases?size=-1"}, {"clerk-zy", "/api/cases?size=100000"}, {"clerk-zy", "/api/cases?page=abc"},
                {"clerk-zy", "/api/cases?sort=password"}, {"clerk-zy", "/api/cases?status=" + enc(INJECTION_SQL)},
                {"clerk-zy", "/api/cases?filedFrom=yesterday"}, {"clerk-zy", "/api/cases?court=C320508"},
                {"clerk-zy", "/api/cases/not-a-uuid"}, {"clerk-zy", "/api/cases/" + enc(INJECTION_SQL)},
                {"clerk-zy", "/api/cases/00000000-0000-0000-0000-000000000000"},
                {"clerk-zy", "/api/cases/..%2F..%2F..%2Fetc%2Fpasswd"}, {"clerk-zy", "/api/cases/%2e%2e/%2e%2e/q/metrics"},
                {"clerk-zy", "/api/court-events/" + "x".repeat(5000)},
                {"clerk-zy", "/api/cases/" + caseId + "/timeline/../../../../q/health"},
                {"judge-zy", "/api/referrals?status=BOGUS"}, {"judge-zy", "/api/referrals?caseId=not-a-uuid"},
                {"judge-zy", "/api/referrals/" + enc(INJECTION_SCRIPT)}, {"judge-zy", "/api/bank-inquiries/not-a-uuid"},
                {"credit-officer", "/api/listings?status=BOGUS"}, {"credit-officer", "/api/listings?size=-5"},
                {"credit-officer", "/api/listings/not-a-uuid"}, {"credit-officer", "/api/restrictions?caseId=" + enc(INJECTION_SQL)},
                {"credit-officer", "/api/sanctions/changes?after=minus-one"}, {"credit-officer", "/api/credit-repairs/" + enc("../../etc/passwd")},
                {"jm-office", "/api/joint-meeting/tasks?year=abc"}, {"jm-office", "/api/joint-meeting/report/99999999999"},
                {"jm-office", "/api/agencies/" + enc(INJECTION_SCRIPT)}, {"admin", "/api/audit/nowhere/verify"},
                {null, "/api/public/dishonest?idNumber=" + BAD_RESIDENT}, {null, "/api/public/dishonest?name=" + enc(INJECTION_SQL)},
                {null, "/api/public/dishonest"}, {null, "/api/public/certificates/" + enc(INJECTION_SCRIPT)},
                {null, "/api/public/dishonest?idNumber=" + "1".repeat(10_000)},
                {null, "/api/public/..%2F..%2Fcases"},
        };
        for (Object[] row : table) {
            String user = (String) row[0];
            String path = (String) row[1];
            t.add(DynamicTest.dynamicTest("GET " + abbreviate(path), () -> check(spec(user).urlEncodingEnabled(false).get(path), null)));
        }
        t.add(DynamicTest.dynamicTest("bank: GET /api/inbox?status=BOGUS",
                () -> check(spec(null).auth().oauth2(keycloak.agency("bank-icbc")).get("/api/inbox?status=BOGUS"), null)));
        t.add(DynamicTest.dynamicTest("bank: GET /api/sanctions/check?idNumber=bad",
                () -> check(spec(null).auth().oauth2(keycloak.agency("bank-icbc")).get("/api/sanctions/check?idNumber=" + BAD_RESIDENT), null)));
        t.add(DynamicTest.dynamicTest("bank: answer with unknown type",
                () -> check(spec(null).auth().oauth2(keycloak.agency("bank-icbc")).contentType("application/json")
                        .body("{\"type\":\"TELEPATHY\"}").post("/api/inbox/00000000-0000-0000-0000-000000000000/answer"), null)));
        t.add(DynamicTest.dynamicTest("bank: claims max=-1",
                () -> check(spec(null).auth().oauth2(keycloak.agency("bank-icbc")).post("/api/inbox/claims?max=-1"), null)));
        return t;
    }

    private DynamicTest body(Endpoint e, String name, Object body) {
        return raw(e, name, json(body).getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private DynamicTest raw(Endpoint e, String name, byte[] bytes, String contentType) {
        return DynamicTest.dynamicTest("POST " + abbreviate(e.path()) + " — " + name, () -> {
            Response r = spec(e.user()).config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .contentType(contentType).body(bytes).post(e.path());
            check(r, name);
        });
    }

    private RequestSpecification spec(String user) {
        RequestSpecification s = given();
        return user == null ? s : s.auth().oauth2(keycloak.user(user));
    }

    private void check(Response r, String name) {
        executed++;
        int status = r.statusCode();
        String body = r.asString();
        assertTrue(status >= 400 && status < 500, "expected 4xx, got " + status + ": " + abbreviate(body));
        assertTrue(String.valueOf(r.contentType()).startsWith("application/problem+json"),
                "expected problem+json, got " + r.contentType() + ": " + abbreviate(body));
        assertTrue(!LEAK.matcher(body).find(), "the answer leaks internals: " + abbreviate(body));
        assertTrue(!body.contains(PERSON) && !body.contains(TestData.PERSON_ID) && !body.contains(TestData.COMPANY_CODE)
                && !body.contains(BAD_RESIDENT), "the answer repeats an ID number: " + abbreviate(body));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.put(field, value);
        return m;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.remove(field);
        return m;
    }

    private static byte[] deep(Endpoint e) {
        String open = "[".repeat(20_000);
        String close = "]".repeat(20_000);
        String field = e.required() != null ? e.required() : "x";
        return ("{\"" + field + "\":" + open + close + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(Endpoint e) {
        String text = json(with(e.body(), e.required() != null ? e.required() : "reason", "@@BAD@@"));
        String[] parts = text.split("@@BAD@@");
        byte[] a = parts[0].getBytes(StandardCharsets.UTF_8);
        byte[] b = parts[1].getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
        byte[] all = new byte[a.length + bad.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(bad, 0, all, a.length, bad.length);
        System.arraycopy(b, 0, all, a.length + bad.length, b.length);
        return all;
    }

    private static byte[] huge() {
        return ("{\"caseNumber\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Object o) {
        try {
            return Api.JSON.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
