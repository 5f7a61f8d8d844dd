package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What one person or agency system does at its desk, through the gateway only, with its own real token: the steps
 * the scenario tests tell their stories with. {@code as("judge-zy")} is a person (password grant),
 * {@code asAgency("bank-icbc")} an agency's system (client credentials).
 */
final class Desk {

    static final Duration ASYNC = Duration.ofSeconds(30);

    private final String token;

    private Desk(String token) {
        this.token = token;
    }

    static Desk as(Keycloak keycloak, String username) {
        return new Desk(keycloak.user(username));
    }

    static Desk asAgency(Keycloak keycloak, String clientId) {
        return new Desk(keycloak.agency(clientId));
    }

    /** The access token this desk works with (an agency's system seals its answers under its identity). */
    String token() {
        return token;
    }

    /** Amounts come back as exact decimals, never floats. */
    static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    RequestSpecification request() {
        return given().config(EXACT).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A JSON amount as an exact decimal. */
    static java.math.BigDecimal money(Object amount) {
        return amount == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(amount.toString());
    }

    /**
     * Asserts that a JSON amount is exactly {@code expected} as the platform writes amounts: the same digits with two
     * decimals. {@code equals}, not {@code compareTo}: {@code 1.2E+7} or {@code 12000000} for {@code 12000000.00} is
     * the binary-floating-point path this must catch.
     */
    static void assertExactly(String expected, Object amount, String what) {
        org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal(expected),
                amount == null ? null : new java.math.BigDecimal(amount.toString()), what);
    }

    /** The answer is a problem+json with one of {@code statuses} whose {@code errors} name {@code field}. */
    static void assertProblemNaming(io.restassured.response.Response r, String field, Integer... statuses) {
        String body = r.asString();
        org.junit.jupiter.api.Assertions.assertTrue(List.of(statuses).contains(r.statusCode()),
                "status " + r.statusCode() + ": " + body);
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(r.contentType())
                .startsWith("application/problem+json"), r.contentType() + ": " + body);
        List<String> fields = r.jsonPath().getList("errors.field", String.class);
        org.junit.jupiter.api.Assertions.assertTrue(fields != null && fields.stream()
                .anyMatch(f -> f != null && f.contains(field)), "the problem names " + field + ": " + body);
    }

    ValidatableResponse get(String path) {
        return request().when().get(path).then();
    }

    /** A measure's body gets the tests' legal basis when it names none ({@link TestData#withBasis}). */
    ValidatableResponse post(String path, Object body) {
        return request().body(TestData.withBasis(path, body)).when().post(path).then();
    }

    /** POST that must succeed (2xx); returns the JSON answer. */
    Map<String, Object> ok(String path, Object body) {
        return post(path, body).statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(200))
                .and(org.hamcrest.Matchers.lessThan(300))).extract().path("$");
    }

    /**
     * An order to an agency registered a moment ago: case-service learns the agency from the directory topic
     * (liaison.agencies.v1), so until its copy has it the order is refused (400 unknown-agency) and changes nothing;
     * the same order is sent again until it is taken.
     */
    Map<String, Object> okOnceTheAgencyIsKnown(String path, Object body) {
        return await().atMost(ASYNC).pollInterval(Duration.ofMillis(300)).until(() -> {
            io.restassured.response.Response r = request().body(TestData.withBasis(path, body)).when().post(path);
            if (r.statusCode() == 400 && r.asString().contains("unknown-agency")) {
                return null;
            }
            org.junit.jupiter.api.Assertions.assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, r.asString());
            return r.jsonPath().<Map<String, Object>>get("$");
        }, java.util.Objects::nonNull);
    }

    Map<String, Object> read(String path) {
        return get(path).statusCode(200).extract().path("$");
    }

    List<Map<String, Object>> list(String path) {
        return get(path).statusCode(200).extract().path("$");
    }

    // --- court ----------------------------------------------------------------------------------------------------

    Map<String, Object> fileCase(Map<String, Object> filing) {
        return post("/api/cases", filing).statusCode(201).extract().path("$");
    }

    Map<String, Object> caseOf(String caseId) {
        return read("/api/cases/" + caseId);
    }

    List<Map<String, Object>> timeline(String caseId) {
        return list("/api/cases/" + caseId + "/timeline");
    }

    /** The kinds of the case's own steps on its timeline, oldest first: without the delivery receipts (回执). */
    List<String> steps(String caseId) {
        return timeline(caseId).stream().map(e -> e.get("kind").toString()).filter(k -> !"RECEIPT".equals(k))
                .toList();
    }

    /** The agencies' outcomes on a case's timeline, oldest first (e.g. FROZEN, DEDUCTED, ESCALATED). */
    @SuppressWarnings("unchecked")
    List<String> outcomesOn(String caseId) {
        return timeline(caseId).stream().filter(e -> "OUTCOME_RECORDED".equals(e.get("kind")))
                .map(e -> String.valueOf(((Map<String, Object>) e.get("detail")).get("outcome"))).toList();
    }

    /** Waits until the case shows what the predicate expects (the agencies' outcomes arrive through Kafka). */
    Map<String, Object> awaitCase(String caseId, Predicate<Map<String, Object>> expected) {
        return await().atMost(ASYNC).pollInterval(Duration.ofMillis(200)).until(() -> caseOf(caseId), expected);
    }

    /** Submits a batch of court events over HTTP; returns the per-event answers, in the batch's order. */
    List<Map<String, Object>> courtEvents(List<Map<String, Object>> events) {
        List<Map<String, Object>> named = events.stream().map(e -> TestData.withBasis(new java.util.HashMap<>(e)))
                .toList();
        return post("/api/court-events", Map.of("events", named)).statusCode(200).extract().path("results");
    }

    // --- agencies -------------------------------------------------------------------------------------------------

    /** The caller's agency's referrals of a case and kind. */
    List<Map<String, Object>> inbox(String caseId, String kind) {
        return request().queryParam("caseId", caseId).queryParam("kind", kind).queryParam("size", 500)
                .when().get("/api/inbox").then().statusCode(200).extract().path("$");
    }

    /** Waits until the caller's inbox holds at least {@code count} referrals of that case and kind. */
    List<Map<String, Object>> awaitInbox(String caseId, String kind, int count) {
        return await().atMost(ASYNC).pollInterval(Duration.ofMillis(200))
                .until(() -> inbox(caseId, kind), items -> items.size() >= count);
    }

    Map<String, Object> answer(Object referralId, Map<String, Object> result) {
        return ok("/api/inbox/" + referralId + "/answer", result);
    }

    // --- overseers ------------------------------------------------------------------------------------------------

    /** The gateway's monitoring overview (jm-office, auditor, admin). */
    Map<String, Object> overview() {
        return read("/api/admin/overview");
    }
}
