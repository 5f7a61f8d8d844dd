package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.cases.service.CaseClocks;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The data cage (数据铁笼) against the real database and broker: filing starts the case's clocks, an order its
 * answer's clock, the bank's escalation breaches it naming the bank and its answer stops it; a case left without a
 * measure past its term (shortened to 2 s in the tests, 法发〔2006〕35号's month in production) is breached by the
 * sweep; the breaches are the division head's (执行局长) of the court and the overseers', nobody else's.
 */
@QuarkusTest
class DataCageTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    CaseClocks clocks;

    static Map<String, Object> clock(String caseId, String kind) {
        List<Map<String, Object>> all = clocks(caseId).getList("");
        return all.stream().filter(k -> kind.equals(k.get("kind"))).findFirst().orElseThrow(() -> new AssertionError(
                kind + " not among " + all));
    }

    static JsonPath clocks(String caseId) {
        return given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when().get("/cases/" + caseId + "/clocks").then()
                .statusCode(200).extract().jsonPath();
    }

    void outcome(String caseId, OutcomeType type, String requestId) throws Exception {
        Fixtures.outcome(kafka, mapper, new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(),
                UUID.fromString(caseId), SUZHOU, "BANK-ICBC", ReferralKind.FREEZE, type, Instant.now(), null, null,
                null, null, requestId, null));
    }

    @Test
    @DisplayName("数据铁笼: an order's clock is breached by the bank's escalation and stopped by its answer")
    void anOrdersClockIsBreachedByTheLateBankAndStoppedByItsAnswer() throws Exception {
        String number = Fixtures.caseNumber();
        String freezeId = Fixtures.eventId();
        String id = Fixtures.submit(SUZHOU, List.of(filing(SUZHOU, number, "1000.00"),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "eventId", freezeId, "bankCode", "ICBC",
                        "accountNumber", "6222-C", "amount", "600.00"))).statusCode(200)
                .extract().path("results[0].caseId");

        Map<String, Object> first = clock(id, "FILING_TO_FIRST_MEASURE");
        assertNotNull(first.get("stoppedAt"), "the freeze was the first measure: " + first);
        assertNull(first.get("breachedAt"), first.toString());
        Map<String, Object> conclusion = clock(id, "FILING_TO_CONCLUSION");
        assertNull(conclusion.get("stoppedAt"));
        assertTrue(Instant.parse((String) conclusion.get("dueAt"))
                .isAfter(Instant.parse((String) conclusion.get("startedAt")).plus(Duration.ofDays(180))),
                "six months (法发〔2006〕35号): " + conclusion);
        Map<String, Object> answer = clock(id, "MEASURE_TO_ANSWER");
        assertEquals(freezeId, answer.get("subject"));
        assertNull(answer.get("dueAt"), "liaison's referral deadline times it: " + answer);

        outcome(id, OutcomeType.ESCALATED, freezeId);
        answer = clock(id, "MEASURE_TO_ANSWER");
        assertEquals("BANK-ICBC", answer.get("breachedBy"));
        assertNull(answer.get("stoppedAt"));
        outcome(id, OutcomeType.FROZEN, freezeId);
        answer = clock(id, "MEASURE_TO_ANSWER");
        assertNotNull(answer.get("stoppedAt"), answer.toString());
        assertEquals("BANK-ICBC", answer.get("breachedBy"), "late stays late once answered");

        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + id + "/clocks").then().statusCode(404);
    }

    @Test
    @DisplayName("数据铁笼 (法发〔2006〕35号 art. 7): no measure within the term is a breach the court's division head sees")
    void noMeasureWithinTheTermIsABreachForTheDivisionHeadOnly() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "500.00");
        assertNull(clock(id, "FILING_TO_FIRST_MEASURE").get("breachedAt"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            clocks.sweep().await().atMost(Duration.ofSeconds(10));
            return clock(id, "FILING_TO_FIRST_MEASURE").get("breachedAt") != null;
        });
        Map<String, Object> breached = clock(id, "FILING_TO_FIRST_MEASURE");
        assertEquals(breached.get("dueAt"), breached.get("breachedAt"), "breached when it fell due");
        assertEquals("clerk-" + SUZHOU, breached.get("officer"), "whose clock it was");

        List<String> cases = given().auth().oauth2(Tokens.divisionHead(SUZHOU))
                .queryParam("kind", "FILING_TO_FIRST_MEASURE").queryParam("size", 500)
                .when().get("/cases/clock-breaches").then().statusCode(200).extract().jsonPath().getList("caseId");
        assertTrue(cases.contains(id), cases.toString());
        List<String> office = given().auth().oauth2(Tokens.withRole("jm-office")).queryParam("court", SUZHOU)
                .queryParam("size", 500).when().get("/cases/clock-breaches").then().statusCode(200)
                .extract().jsonPath().getList("caseId");
        assertTrue(office.contains(id), office.toString());
        List<Integer> counted = given().auth().oauth2(Tokens.withRole("jm-office")).queryParam("court", SUZHOU)
                .when().get("/cases/stats").then().statusCode(200).extract().jsonPath()
                .getList("clockBreachesByCourt.findAll { it.clock == 'FILING_TO_FIRST_MEASURE' }.breaches");
        assertEquals(1, counted.size(), counted.toString());
        assertTrue(counted.get(0) >= 1, "counted in the figures: " + counted);
        given().auth().oauth2(Tokens.divisionHead(GUSU)).queryParam("court", SUZHOU)
                .when().get("/cases/clock-breaches").then().statusCode(403);
        List<String> gusu = given().auth().oauth2(Tokens.divisionHead(GUSU)).queryParam("size", 500)
                .when().get("/cases/clock-breaches").then().statusCode(200).extract().jsonPath().getList("caseId");
        assertTrue(!gusu.contains(id), "another court's head sees only its own court");
        given().auth().oauth2(Tokens.judge(SUZHOU)).when().get("/cases/clock-breaches").then().statusCode(403);
    }
}
