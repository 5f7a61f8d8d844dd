package cn.lianxi.liaison.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.liaison.Sweeps;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class DeadlineServiceTest {

    @Inject
    MutableClock clock;

    @Inject
    DeadlineService deadlines;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void anOverdueReferralIsEscalatedOnceAndListedForTheAgencyAndTheOffice() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "DEDUCTION", caseId, Map.of("amount", "1000.00"));
        Sweeps.run(deadlines);
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/referrals/overdue?size=500")
                .then().statusCode(200).body("id", not(hasItem(id)));

        clock.advance(Duration.ofHours(49));
        Sweeps.run(deadlines);
        Sweeps.run(deadlines);

        given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().body("overdue", equalTo(true)).body("escalatedAt", notNullValue())
                .body("status", equalTo("QUEUED"));
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/referrals/overdue?size=500")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Agencies.token(bank)).when().get("/referrals/overdue")
                .then().statusCode(200).body("id", equalTo(List.of(id)));
        given().auth().oauth2(Agencies.token(Agencies.BOC)).when().get("/referrals/overdue?size=500")
                .then().statusCode(200).body("id", not(hasItem(id)));

        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id).then()
                .body("findAll { it.action == 'referral-escalated' }.size()", equalTo(1));
        List<ConsumerRecord<String, String>> records = Referrals.outcomesOfCase(kafka, caseId, 1);
        List<String> outcomes = records.stream().map(r -> JsonPath.from(r.value()).getString("outcome")).toList();
        assertEquals(List.of("ESCALATED"), outcomes, "escalated once, however many sweeps ran");
        // written by the sweep, outside any request: the record still carries a trace, the sweep's own
        String traceparent = Referrals.header(records.get(0), "traceparent");
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"),
                "the escalation carries the sweep's trace: " + traceparent);
    }

    @Test
    void aFreezeNearingItsEndIsAnnouncedForRenewal() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "FREEZE", caseId, Map.of("amount", "1000.00"));
        Referrals.answer(bank, id, Referrals.freezeResult("1000.00", LocalDate.now(clock).plusDays(20).toString()))
                .statusCode(200);
        Sweeps.run(deadlines);

        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).when().get("/referrals/expiring-freezes")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.judge(CaseEvents.GUSU)).when().get("/referrals/expiring-freezes")
                .then().statusCode(200).body("id", not(hasItem(id)));
        List<String> outcomes = Referrals.outcomesOfCase(kafka, caseId, 2).stream()
                .map(r -> JsonPath.from(r.value()).getString("outcome")).toList();
        assertEquals(List.of("FROZEN", "FREEZE_EXPIRING"), outcomes);
    }
}
