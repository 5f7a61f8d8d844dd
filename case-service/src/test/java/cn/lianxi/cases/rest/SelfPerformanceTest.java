package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.ADULT_ID;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * Debtors performing by themselves (执源治理, 前端自动履行): the performance notice served at filing (执行通知书,
 * 民事诉讼法 art. 251, 2023 text), payment within it as good faith, and the judge's finding that a respondent will not
 * (失信) or cannot (失能) perform, with listing only for the first (法释〔2017〕7号 art. 1(1), art. 3). The test profile
 * files with no notice running ({@code PT0S}); these tests state the deadline on the filing ({@code performanceDue}).
 */
@QuarkusTest
class SelfPerformanceTest {

    private static final Map<String, Object> FREEZE = Map.of("bankCode", "ICBC", "accountNumber", "6222-SP",
            "amount", "100.00");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    /** Files a case of {@code court} owing {@code owed} whose notice runs until {@code due}; its id. */
    static String fileWithNotice(String court, String owed, Instant due) {
        Map<String, Object> filing = filing(court, Fixtures.caseNumber(), owed);
        filing.put("performanceDue", due.toString());
        return submit(court, List.of(filing)).statusCode(200).body("results[0].status", equalTo("ACCEPTED"))
                .extract().path("results[0].caseId");
    }

    static ValidatableResponse act(String token, String id, String action, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.basis(action, body)).when().post("/cases/" + id + "/" + action).then();
    }

    static Map<String, Object> payment(String amount) {
        return Map.of("amount", amount, "source", "VOLUNTARY", "transferReference", Fixtures.transfer());
    }

    @Test
    void art251_theNoticeIsOnTheCaseItsTimelineAndItsPublishedFiling() {
        Instant due = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        String id = fileWithNotice(SUZHOU, "500.00", due);
        Fixtures.caseView(id).body("performanceDue", equalTo(due.toString()))
                .body("performedWithinNotice", equalTo(false)).body("performedWithinNoticeAt", nullValue());
        var timeline = Fixtures.timeline(id);
        assertEquals(due.toString(), timeline.getString("find { it.kind == 'CASE_FILED' }.detail.performanceDue"));
        assertTrue(timeline.getString("find { it.kind == 'CASE_FILED' }.summary").contains("执行通知书"));
        JsonNode filed = Fixtures.json(Fixtures.caseEvents(kafka, id, 1).get(0).value());
        assertEquals(due, Instant.parse(filed.path("detail").path("performanceDue").asText()));
    }

    @Test
    void art251_aFilingWithoutItsOwnDeadlineTakesTheConfiguredTermFromTheFilingDate() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "500.00");
        // the test profile's term is PT0S: the notice ran out at the start of the filing date (2023-03-01, China time)
        Fixtures.caseView(id).body("performanceDue", equalTo("2023-02-28T16:00:00Z"));
        act(Tokens.judge(SUZHOU), id, "freeze-orders", FREEZE).statusCode(200);
    }

    @Test
    void art251_aDeadlineBeforeTheFilingDateIsRefused() {
        Map<String, Object> filing = filing(SUZHOU, Fixtures.caseNumber(), "500.00");
        filing.put("performanceDue", "2023-02-27T00:00:00Z");
        submit(SUZHOU, List.of(filing)).statusCode(200).body("results[0].status", equalTo("REJECTED"))
                .body("results[0].reason.field", equalTo("performanceDue"));
    }

    @Test
    void art251_aFreezeOrDeductionBeforeTheDeadlineWaitsUnlessItsRulingStatesUrgency() {
        String id = fileWithNotice(SUZHOU, "500.00", Instant.now().plus(Duration.ofDays(10)));
        act(Tokens.judge(SUZHOU), id, "freeze-orders", FREEZE)
                .spec(Problems.of(ProblemType.PERFORMANCE_NOTICE_RUNNING, 409))
                .body("errors[0].field", equalTo("legalBasis.urgency"));
        act(Tokens.judge(SUZHOU), id, "deduction-orders", FREEZE)
                .spec(Problems.of(ProblemType.PERFORMANCE_NOTICE_RUNNING, 409));
        // an inquiry is no coercive measure: the investigation may start at once
        act(Tokens.judge(SUZHOU), id, "asset-inquiries", Map.of()).statusCode(200);
        assertEquals(List.of("CASE_FILED", "STATUS_CHANGED", "ASSET_INQUIRY_REQUESTED"), Fixtures.timelineKinds(id),
                "a refused measure leaves no trace");

        Map<String, Object> urgent = new HashMap<>(FREEZE);
        Map<String, Object> basis = new HashMap<>(Fixtures.NOTICE);
        basis.put("urgency", "被执行人正在转移存款");
        urgent.put("legalBasis", basis);
        act(Tokens.judge(SUZHOU), id, "freeze-orders", urgent).statusCode(200).body("status",
                equalTo("MEASURES_UNDER_WAY"));
        assertEquals("被执行人正在转移存款", Fixtures.timeline(id)
                .getString("find { it.kind == 'FREEZE_ORDERED' }.detail.order.legalBasis.urgency"));
    }

    @Test
    void art251_theDebtorsOwnPaymentsCoveringTheDebtWithinTheNoticeCountAsGoodFaith() {
        String court = "C320582"; // a court no other test uses: the figures are exact
        Instant due = Instant.now().plus(Duration.ofDays(10));
        String performed = fileWithNotice(court, "500.00", due);
        String partly = fileWithNotice(court, "500.00", due);
        act(Tokens.courtClerk(court), performed, "payments", payment("200.00")).statusCode(200)
                .body("performedWithinNotice", equalTo(false));
        act(Tokens.courtClerk(court), performed, "payments", payment("300.00")).statusCode(200)
                .body("performedWithinNotice", equalTo(true));
        act(Tokens.courtClerk(court), partly, "payments", payment("499.99")).statusCode(200)
                .body("performedWithinNotice", equalTo(false));
        var entry = "find { it.kind == 'PERFORMED_WITHIN_NOTICE' }";
        var timeline = given().config(Fixtures.EXACT).auth().oauth2(Tokens.judge(court)).when()
                .get("/cases/" + performed + "/timeline").then().statusCode(200).extract().jsonPath();
        assertEquals(new java.math.BigDecimal("500.00"), timeline.get(entry + ".detail.paid"));
        assertTrue(timeline.getString(entry + ".summary").contains("自动履行"));

        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/cases/stats?court=" + court).then()
                .statusCode(200)
                .body("performanceNoticesByCourt.size()", equalTo(1))
                .body("performanceNoticesByCourt[0].courtCode", equalTo(court))
                .body("performanceNoticesByCourt[0].noticesIssued", equalTo(2))
                .body("performanceNoticesByCourt[0].performedWithinNotice", equalTo(1));
    }

    @Test
    void art251_paymentAfterTheDeadlineIsNoPerformanceWithinTheNotice() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "500.00"); // notice ran out (PT0S)
        act(Tokens.courtClerk(SUZHOU), id, "payments", payment("500.00")).statusCode(200)
                .body("readyToConclude", equalTo(true)).body("performedWithinNotice", equalTo(false));
        assertTrue(!Fixtures.timelineKinds(id).contains("PERFORMED_WITHIN_NOTICE"));
    }

    @Test
    void spc2017Art1Art3_aRespondentFoundUnableIsNotListedOnGroundOneButStaysListableForConduct() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "500.00");
        act(Tokens.courtClerk(SUZHOU), id, "capacity-findings", Map.of("finding", "UNABLE", "reason", "重病"))
                .statusCode(403);
        act(Tokens.judge(SUZHOU), id, "capacity-findings", Map.of("finding", "UNABLE"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        act(Tokens.judge(SUZHOU), id, "capacity-findings",
                Map.of("finding", "UNABLE", "reason", "重病住院，名下无可供执行财产")).statusCode(200)
                .body("parties.find { it.role == 'RESPONDENT' }.capacity", equalTo("UNABLE"))
                .body("parties.find { it.role == 'RESPONDENT' }.capacityReason", equalTo("重病住院，名下无可供执行财产"));

        act(Tokens.judge(SUZHOU), id, "dishonest-listings", Map.of("ground", 1))
                .spec(Problems.of(ProblemType.RESPONDENT_UNABLE, 409))
                .body("errors[0].field", equalTo("respondentIdNumber"));
        // ground (4), breaking the reporting duty, is conduct: capacity does not excuse it
        act(Tokens.judge(SUZHOU), id, "dishonest-listings", Map.of("ground", 4)).statusCode(200);

        var timeline = Fixtures.timeline(id);
        assertEquals("UNABLE", timeline.getString("find { it.kind == 'CAPACITY_FOUND' }.detail.finding"));
        List<ConsumerRecord<String, String>> events = Fixtures.caseEvents(kafka, id, 3);
        JsonNode found = events.stream().map(r -> Fixtures.json(r.value()))
                .filter(e -> e.path("kind").asText().equals("CAPACITY_FOUND")).findFirst().orElseThrow();
        assertEquals("UNABLE", found.path("detail").path("finding").asText());
        assertEquals(ADULT_ID, found.path("detail").path("respondent").path("idNumber").asText());
        assertEquals("cn.lianxi.case.capacity-found.v1", events.stream()
                .filter(r -> r.value().contains("CAPACITY_FOUND")).map(r -> Fixtures.header(r, "ce_type"))
                .findFirst().orElseThrow());
    }

    @Test
    void spc2017Art1_aRespondentFoundUnwillingIsListedAndALaterFindingReplacesTheEarlier() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "500.00");
        act(Tokens.judge(SUZHOU), id, "capacity-findings", Map.of("finding", "UNABLE", "reason", "名下无财产"))
                .statusCode(200);
        act(Tokens.judge(SUZHOU), id, "capacity-findings", Map.of("finding", "UNWILLING", "reason", "发现出租房产收入"))
                .statusCode(200).body("parties.find { it.role == 'RESPONDENT' }.capacity", equalTo("UNWILLING"));
        act(Tokens.judge(SUZHOU), id, "dishonest-listings", Map.of("ground", 1)).statusCode(200);
    }

    @Test
    void graceBeforeListing_aListingBeforeTheGracePeriodAfterTheNoticeIsRefused() {
        // the test profile's grace period is PT0S: the notice's own deadline is where it ends
        String id = fileWithNotice(SUZHOU, "500.00", Instant.now().plus(Duration.ofDays(1)));
        act(Tokens.judge(SUZHOU), id, "dishonest-listings", Map.of("ground", 1))
                .spec(Problems.of(ProblemType.LISTING_GRACE_PERIOD, 409))
                .body("errors[0].field", equalTo("decisionDate"));
        assertEquals(List.of("CASE_FILED"), Fixtures.timelineKinds(id));
    }
}
