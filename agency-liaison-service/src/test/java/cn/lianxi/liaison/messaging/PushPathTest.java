package cn.lianxi.liaison.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.AgencyResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class PushPathTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    MutableClock clock;

    @Test
    void aKafkaBankGetsItsReferralOnTheDispatchTopicAndItsAnswerEqualsThePullPath() {
        String kafkaBank = Agencies.newBank("KAFKA");
        String pullBank = Agencies.newBank("PULL");
        UUID pushCase = UUID.randomUUID();
        UUID pullCase = UUID.randomUUID();
        String pushId = Referrals.create(kafkaBank, "FREEZE", pushCase, Map.of("amount", "8000.00"));
        String pullId = Referrals.create(pullBank, "FREEZE", pullCase, Map.of("amount", "8000.00"));
        given().auth().oauth2(Agencies.token(kafkaBank)).when().get("/inbox/" + pushId)
                .then().body("status", equalTo("DELIVERED"));

        ConsumerRecord<String, String> dispatch = kafka.consumeStrings()
                .fromTopics(Topics.referralDispatch("freeze")).awaitRecords(1, Duration.ofSeconds(30))
                .getRecords().stream().filter(r -> r.key().equals(kafkaBank)).findFirst().orElseThrow();
        assertEquals("cn.lianxi.liaison.referral.freeze.v1", header(dispatch, "ce_type"));
        JsonPath dispatched = JsonPath.from(dispatch.value());
        assertEquals(pushId, dispatched.getString("referralId"));
        assertEquals(CaseEvents.RESPONDENT_ID, dispatched.getString("payload.respondentIdNumber"));

        Map<String, Object> result = Referrals.freezeResult("8000.00", LocalDate.now(clock).plusMonths(11).toString());
        AgencyResult answer = new AgencyResult(UUID.randomUUID(), UUID.fromString(pushId), kafkaBank, "ANSWER",
                result, null, Instant.now());
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.AGENCY_RESULTS, pushId,
                CaseEvents.json(mapper, answer))).awaitCompletion();
        Referrals.answer(pullBank, pullId, result).statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Agencies.token(kafkaBank))
                .when().get("/inbox/" + pushId).then().body("status", equalTo("ANSWERED")));
        JsonPath pushed = JsonPath.from(Referrals.outcomesOfCase(kafka, pushCase, 1).get(0).value());
        JsonPath pulled = JsonPath.from(Referrals.outcomesOfCase(kafka, pullCase, 1).get(0).value());
        for (String field : new String[] {"outcome", "referralKind", "amount", "detail", "courtCode"}) {
            assertEquals((Object) pulled.get(field), pushed.get(field), field + " differs between push and pull");
        }
        assertEquals("FROZEN", pushed.getString("outcome"));
    }

    @Test
    void aResultForAnotherAgencysReferralGoesToTheDeadLetterTopicAndChangesNothing() {
        String bank = Agencies.newBank("PULL");
        String id = Referrals.create(bank, "UNFREEZE", UUID.randomUUID(), Map.of());
        AgencyResult forged = new AgencyResult(UUID.randomUUID(), UUID.fromString(id), Agencies.BOC, "ANSWER",
                Map.of("type", "UNFREEZE", "accountNumber", "1", "amountUnfrozen", "1.00"), null, Instant.now());
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.AGENCY_RESULTS, id,
                CaseEvents.json(mapper, forged))).awaitCompletion();

        ConsumerRecord<String, String> dead = kafka.consumeStrings()
                .fromTopics("agency.results.dlq.agency-liaison-service.v1").awaitRecords(1, Duration.ofSeconds(30))
                .getRecords().stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertEquals("this referral belongs to another agency", header(dead, "dead-letter-reason"));
        given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().body("status", equalTo("QUEUED"));
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
