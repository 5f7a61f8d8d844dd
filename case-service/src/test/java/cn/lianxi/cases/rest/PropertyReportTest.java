package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.amount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The property declaration (财产报告制度) through the API: the judge's 报告财产令 with its deadline, the report recorded
 * by court staff, the breach found by the judge, each on the timeline and published; another court sees nothing.
 */
@QuarkusTest
class PropertyReportTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post(path).then();
    }

    private static ValidatableResponse keyed(String token, String key, String path, Object body) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @Test
    @DisplayName("法释〔2017〕8号 arts. 3-5: an order or a report re-sent with its Idempotency-Key answers the same order "
            + "and writes nothing more; the key with another body is 409 conflicting-duplicate")
    void spc2017No8Arts3To5_aResentOrderOrReportWithItsKeyChangesNothing() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String orders = "/cases/" + id + "/property-report-orders";
        Map<String, Object> body = Map.of("due", inTenDays());
        String order = keyed(Tokens.judge(SUZHOU), "order-" + id, orders, body).statusCode(201).extract().path("id");
        keyed(Tokens.judge(SUZHOU), "order-" + id, orders, body).statusCode(201).body("id", equalTo(order));
        keyed(Tokens.judge(SUZHOU), "order-" + id, orders, Map.of("due", Instant.now().plus(Duration.ofDays(12))
                .toString())).spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409));

        String reportPath = orders + "/" + order + "/report";
        keyed(Tokens.courtClerk(SUZHOU), "report-" + id, reportPath, report("300.00")).statusCode(200)
                .body("status", equalTo("REPORTED"));
        keyed(Tokens.courtClerk(SUZHOU), "report-" + id, reportPath, report("300.00")).statusCode(200)
                .body("id", equalTo(order)).body("declaredValue", amount("300.00"));
        keyed(Tokens.courtClerk(SUZHOU), "report-" + id, reportPath, report("301.00"))
                .spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409));

        assertEquals(List.of("CASE_FILED", "PROPERTY_REPORT_ORDERED", "PROPERTY_REPORTED"),
                Fixtures.timelineKinds(id));
        given().auth().oauth2(Tokens.judge(SUZHOU)).get(orders).then().statusCode(200).body("id",
                equalTo(List.of(order)));
    }

    private static String inTenDays() {
        return Instant.now().plus(Duration.ofDays(10)).toString();
    }

    private static Map<String, Object> report(String... values) {
        List<Map<String, Object>> assets = java.util.Arrays.stream(values).map(v -> Map.<String, Object>of(
                "kind", "INCOME_DEPOSITS_AND_SECURITIES", "description", "工商银行活期存款", "value", v)).toList();
        return Map.of("assets", assets, "changes", List.of(Map.of("kind", "TRANSFERRED_OR_LEASED",
                "description", "出售苏E·12345小客车", "on", "2025-09-01", "value", "80000.00")));
    }

    @Test
    @DisplayName("民事诉讼法 art. 252, 法释〔2017〕8号 arts. 3-6: an order with its deadline, a report of assets by kind "
            + "and value with the year's changes, on the timeline and published")
    void civilProcedureArt252_spc2017No8Arts3To6_anOrderAndItsReportAreRecordedAndPublished() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String due = inTenDays();
        String order = post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders", Map.of("due", due))
                .statusCode(201).body("status", equalTo("ORDERED")).body("due", equalTo(due))
                .body("overdue", equalTo(false)).extract().path("id");
        post(Tokens.courtClerk(SUZHOU), "/cases/" + id + "/property-report-orders/" + order + "/report",
                report("1200.50", "300.00")).statusCode(200).body("status", equalTo("REPORTED"))
                .body("declaredValue", amount("1500.50"))
                .body("declaration.assets[0].kind", equalTo("INCOME_DEPOSITS_AND_SECURITIES"))
                .body("declaration.changes[0].kind", equalTo("TRANSFERRED_OR_LEASED"));
        // art. 5: one report per order
        post(Tokens.courtClerk(SUZHOU), "/cases/" + id + "/property-report-orders/" + order + "/report", report())
                .statusCode(409).spec(Problems.of(ProblemType.PROPERTY_REPORT_CLOSED, 409));

        List<String> kinds = Fixtures.timelineKinds(id);
        assertTrue(kinds.containsAll(List.of("PROPERTY_REPORT_ORDERED", "PROPERTY_REPORTED")), kinds.toString());
        List<ConsumerRecord<String, String>> events = Fixtures.caseEvents(kafka, id, 3);
        JsonNode reported = events.stream().map(r -> Fixtures.json(r.value()))
                .filter(e -> e.path("kind").asText().equals("PROPERTY_REPORTED")).findFirst().orElseThrow();
        assertEquals("1500.50", reported.path("detail").path("declaredValue").decimalValue().toPlainString());
        assertEquals(2, reported.path("detail").path("assetCount").asInt());
        assertEquals(1, reported.path("detail").path("changeCount").asInt());
        assertEquals(false, reported.path("detail").path("late").asBoolean());
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 9: not reporting is a breach only after the deadline; then the judge finds it and "
            + "it is published as the basis of 法释〔2017〕7号 art. 1(4)")
    void spc2017No8Art9_anOverdueOrderIsABreachOnlyAfterItsDeadline() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String open = post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders",
                Map.of("due", inTenDays())).statusCode(201).extract().path("id");
        Map<String, Object> notReported = Map.of("breach", "NOT_REPORTED_BY_DEADLINE", "finding", "逾期未报告财产");
        post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders/" + open + "/breach", notReported)
                .statusCode(409).spec(Problems.of(ProblemType.PROPERTY_REPORT_OPEN, 409));

        // the test profile's default term is a second: the order below is soon overdue
        String overdue = post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders", Map.of())
                .statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> post(Tokens.judge(SUZHOU),
                "/cases/" + id + "/property-report-orders/" + overdue + "/breach", notReported).extract()
                .statusCode() == 200);
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).get("/cases/" + id + "/property-report-orders").then()
                .statusCode(200).body("find { it.id == '" + overdue + "' }.status", equalTo("BREACHED"))
                .body("find { it.id == '" + overdue + "' }.breach", equalTo("NOT_REPORTED_BY_DEADLINE"));
        JsonNode breached = Fixtures.caseEvents(kafka, id, 4).stream().map(r -> Fixtures.json(r.value()))
                .filter(e -> e.path("kind").asText().equals("PROPERTY_REPORT_BREACHED")).findFirst().orElseThrow();
        assertEquals(overdue, breached.path("detail").path("orderId").asText());
        assertEquals(Fixtures.ADULT_ID, breached.path("detail").path("respondent").path("idNumber").asText());
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 9: a false report is a breach of a report received, not of an order unanswered")
    void spc2017No8Art9_aFalseReportNeedsAReport() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String order = post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders",
                Map.of("due", inTenDays())).statusCode(201).extract().path("id");
        Map<String, Object> falseReport = Map.of("breach", "FALSE_REPORT", "finding", "隐瞒名下房产一处");
        String path = "/cases/" + id + "/property-report-orders/" + order;
        post(Tokens.judge(SUZHOU), path + "/breach", falseReport).statusCode(409)
                .spec(Problems.of(ProblemType.PROPERTY_REPORT_CLOSED, 409));
        post(Tokens.courtClerk(SUZHOU), path + "/report", report()).statusCode(200)
                .body("declaredValue", amount("0.00"));
        post(Tokens.judge(SUZHOU), path + "/breach", falseReport).statusCode(200).body("breach",
                equalTo("FALSE_REPORT"));
        assertTrue(Fixtures.timelineKinds(id).contains("PROPERTY_REPORT_BREACHED"));
    }

    @Test
    @DisplayName("Court scoping: a judge of another court cannot order, report or read on the case; a clerk cannot order")
    void anotherCourtSeesNothingAndAClerkCannotOrder() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        post(Tokens.judge(GUSU), "/cases/" + id + "/property-report-orders", Map.of()).statusCode(404);
        given().auth().oauth2(Tokens.judge(GUSU)).get("/cases/" + id + "/property-report-orders").then()
                .statusCode(404);
        post(Tokens.courtClerk(SUZHOU), "/cases/" + id + "/property-report-orders", Map.of()).statusCode(403);
        String order = post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders",
                Map.of("due", inTenDays())).statusCode(201).extract().path("id");
        post(Tokens.courtClerk(GUSU), "/cases/" + id + "/property-report-orders/" + order + "/report", report())
                .statusCode(404);
        assertEquals(List.of("CASE_FILED", "PROPERTY_REPORT_ORDERED"), Fixtures.timelineKinds(id));
    }

    @Test
    @DisplayName("A value with three decimals or a deadline before the order is refused at once, naming the field")
    void badInputIsRefusedNamingTheField() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders",
                Map.of("due", Instant.now().minus(Duration.ofDays(1)).toString())).statusCode(400)
                .body("errors[0].field", equalTo("due"));
        String order = post(Tokens.judge(SUZHOU), "/cases/" + id + "/property-report-orders",
                Map.of("due", inTenDays())).statusCode(201).extract().path("id");
        post(Tokens.courtClerk(SUZHOU), "/cases/" + id + "/property-report-orders/" + order + "/report",
                report("10.005")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assets[0].value"));
    }
}
