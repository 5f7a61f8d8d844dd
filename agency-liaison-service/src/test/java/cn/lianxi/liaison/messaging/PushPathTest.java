package cn.lianxi.liaison.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.AgencyAction;
import cn.lianxi.contracts.AgencyResult;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class PushPathTest {

    static final String DLQ = "agency.results.dlq.agency-liaison-service.v1";

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
        Map<String, Object> order = Map.of("accountNumber", "6222020000001234", "amount", new BigDecimal("12000000.00"));
        String pushId = Referrals.create(kafkaBank, "FREEZE", pushCase, order);
        String pullId = Referrals.create(pullBank, "FREEZE", pullCase, order);
        given().auth().oauth2(Agencies.token(kafkaBank)).when().get("/inbox/" + pushId)
                .then().body("status", equalTo("DELIVERED"));

        ConsumerRecord<String, String> dispatch = Referrals.ofKey(kafka, Topics.referralDispatch(kafkaBank, "freeze"), kafkaBank,
                1).get(0);
        assertEquals("cn.lianxi.liaison.referral.freeze.v1", header(dispatch, "ce_type"));
        JsonPath dispatched = JsonPath.from(dispatch.value());
        assertEquals(pushId, dispatched.getString("referralId"));
        assertEquals(CaseEvents.RESPONDENT_ID, dispatched.getString("payload.respondent.idNumber"));
        assertEquals(new BigDecimal("12000000.00"), Referrals.amount(dispatch.value(), "payload.amount"),
                "never 1.2E7");

        ReferralResult.Freeze result = new ReferralResult.Freeze("6222020000001234", Money.of("12000000.00"),
                PlatformClock.today(clock).plusMonths(11));
        send(new AgencyResult(UUID.randomUUID(), UUID.fromString(pushId), kafkaBank, AgencyAction.ANSWER, result,
                null, Instant.now()));
        Referrals.answer(pullBank, pullId, Referrals.freezeResult("12000000.00", result.frozenUntil().toString()))
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Agencies.token(kafkaBank))
                .when().get("/inbox/" + pushId).then().body("status", equalTo("ANSWERED")));
        String pushed = Referrals.outcomesOfCase(kafka, pushCase, 1).get(0).value();
        String pulled = Referrals.outcomesOfCase(kafka, pullCase, 1).get(0).value();
        for (String field : new String[] {"outcome", "referralKind", "amount", "result", "courtCode"}) {
            assertEquals((Object) Referrals.exact(pulled).get(field), Referrals.exact(pushed).get(field),
                    field + " differs between push and pull");
        }
        assertEquals("FROZEN", JsonPath.from(pushed).getString("outcome"));
        assertEquals(new BigDecimal("12000000.00"), Referrals.amount(pushed, "amount"));
        assertEquals(new BigDecimal("12000000.00"), Referrals.amount(pushed, "result.amountFrozen"));
    }

    @Test
    void aDeductionWithThreeDecimalsIsDeadLetteredAtOnceAndTheCorrectedAnswerIsTaken() {
        Ordered order = deductionOrdered("99999999999999.99");

        send(order.answer(new BigDecimal("1000.001")));
        String reason = header(Referrals.ofKey(kafka, DLQ, order.referralId(), 1).get(0), "dead-letter-reason");
        assertTrue(reason.startsWith("result.amountDeducted "), reason);
        order.inbox().body("status", equalTo("DELIVERED"));

        send(order.answer(Money.MAX));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> order.inbox().body("status", equalTo("ANSWERED")));
        String deducted = Referrals.outcomesOfCase(kafka, order.caseId(), 1).get(0).value();
        assertEquals("DEDUCTED", JsonPath.from(deducted).getString("outcome"));
        assertEquals(new BigDecimal("99999999999999.99"), Referrals.amount(deducted, "amount"));
        assertEquals(new BigDecimal("99999999999999.99"), Referrals.amount(deducted, "result.amountDeducted"));
    }

    @Test
    void anAgencyResultIdReusedWithOtherContentIsDeadLetteredAndChangesNothing() {
        Ordered order = deductionOrdered("500.00");
        AgencyResult first = order.answer(Money.of("500.00"));
        AgencyResult conflicting = new AgencyResult(first.eventId(), first.referralId(), order.bank(),
                AgencyAction.ANSWER, new ReferralResult.Deduction("6222020000001234", Money.of("5.00"), "TR-OTHER"),
                null, Instant.now());
        send(first);
        send(first);
        send(conflicting);

        String reason = header(Referrals.ofKey(kafka, DLQ, order.referralId(), 1).get(0), "dead-letter-reason");
        assertEquals("conflicting-duplicate: event " + first.eventId() + " was accepted before with other content",
                reason);
        String referral = order.inbox().body("status", equalTo("ANSWERED")).extract().asString();
        assertEquals(new BigDecimal("500.00"), Referrals.amount(referral, "result.amountDeducted"));
        assertEquals(1, Referrals.outcomesOfCase(kafka, order.caseId(), 1).size(),
                "the same content twice is harmless");
    }

    @Test
    void aResultForAnotherAgencysReferralGoesToTheDeadLetterTopicAndChangesNothing() {
        String bank = Agencies.newBank("PULL");
        String id = Referrals.create(bank, "UNFREEZE", UUID.randomUUID(), Map.of());
        send(new AgencyResult(UUID.randomUUID(), UUID.fromString(id), Agencies.BOC, AgencyAction.ANSWER,
                new ReferralResult.Unfreeze("1", Money.of("1.00")), null, Instant.now()));

        assertEquals("this referral belongs to another agency",
                header(Referrals.ofKey(kafka, DLQ, id, 1).get(0), "dead-letter-reason"));
        given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().body("status", equalTo("QUEUED"));
    }

    /**
     * Only an agency's own principal may write its results topic (the broker's ACLs), so the topic says who answers:
     * a result on BOC's topic that names the referral's own bank is refused as agency-mismatch before anything else.
     */
    @Test
    void aResultNamingAnotherAgencyThanItsTopicsIsDeadLetteredAndChangesNothing() {
        Ordered order = deductionOrdered("1000.00");
        send(Topics.agencyResults(Agencies.BOC), order.answer(Money.of("1000.00")));

        assertEquals("agencyId names " + order.bank() + ", but the record is on " + Topics.agencyResults(Agencies.BOC)
                + ", which only " + Agencies.BOC + " may write (agency-mismatch)",
                header(Referrals.ofKey(kafka, DLQ, order.referralId(), 1).get(0), "dead-letter-reason"));
        order.inbox().body("status", equalTo("DELIVERED"));
    }

    @Test
    @DisplayName("民事诉讼法 art. 253: a Kafka deduction over its order is dead-lettered naming result.amountDeducted")
    void aDeductionOverItsOrderIsDeadLetteredNamingTheFieldAndNothingIsPublished() {
        Ordered order = deductionOrdered("1000.00");

        send(order.answer(new BigDecimal("5000000.00")));
        String reason = header(Referrals.ofKey(kafka, DLQ, order.referralId(), 1).get(0), "dead-letter-reason");
        assertEquals("result.amountDeducted deducts more than the order's amount", reason);
        order.inbox().body("status", equalTo("DELIVERED"));

        send(order.answer(Money.of("1000.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> order.inbox().body("status", equalTo("ANSWERED")));
        var outcomes = Referrals.outcomesOfCase(kafka, order.caseId(), 1);
        assertEquals(1, outcomes.size(), "the refused answer published nothing");
        assertEquals(new BigDecimal("1000.00"), Referrals.amount(outcomes.get(0).value(), "amount"));
    }

    @Test
    @DisplayName("更正回执 over Kafka: AMEND names the outcome it replaces; a stale one is dead-lettered naming replaces")
    void anAmendOnKafkaReplacesTheAnswerAndItsOutcomeCarriesReplaces() {
        Ordered order = deductionOrdered("1000.00");
        send(order.answer(Money.of("1000.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> order.inbox().body("status", equalTo("ANSWERED")));
        UUID wrong = UUID.fromString(order.inbox().extract().path("answerId"));

        send(order.amend(wrong, "划拨金额有误", Money.of("1200.00")));
        String overOrder = header(Referrals.ofKey(kafka, DLQ, order.referralId(), 1).get(0), "dead-letter-reason");
        assertEquals("result.amountDeducted deducts more than the order's amount", overOrder);

        send(order.amend(wrong, "划拨金额有误", Money.of("900.00")));
        var outcomes = Referrals.outcomesOfCase(kafka, order.caseId(), 2);
        assertEquals(2, outcomes.size());
        JsonPath amended = JsonPath.from(outcomes.get(1).value());
        assertEquals(wrong.toString(), amended.getString("replaces"));
        assertEquals("划拨金额有误", amended.getString("reason"));
        assertEquals(new BigDecimal("900.00"), Referrals.amount(outcomes.get(1).value(), "amount"));
        order.inbox().body("answerId", equalTo(amended.getString("eventId")))
                .body("replacedAnswerId", equalTo(wrong.toString()));

        send(order.amend(wrong, "再次更正", Money.of("800.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> Referrals.ofKey(kafka, DLQ, order.referralId(), 2)
                .size() == 2);
        assertEquals("replaces names no standing answer of this referral (see its answerId)",
                header(Referrals.ofKey(kafka, DLQ, order.referralId(), 2).get(1), "dead-letter-reason"));
        assertEquals(new BigDecimal("900.00"), Referrals.amount(order.inbox().extract().asString(),
                "result.amountDeducted"));
    }

    /** A deduction referral of a fresh case to a fresh Kafka-connected bank. */
    private record Ordered(String bank, UUID caseId, String referralId) {

        /** The bank's answer to it, deducting {@code amount}. */
        AgencyResult answer(BigDecimal amount) {
            return new AgencyResult(UUID.randomUUID(), UUID.fromString(referralId), bank, AgencyAction.ANSWER,
                    new ReferralResult.Deduction("6222020000001234", amount, "TR-" + amount), null, Instant.now());
        }

        /** The bank's amended answer, deducting {@code amount} instead of the answer {@code replaces}. */
        AgencyResult amend(UUID replaces, String reason, BigDecimal amount) {
            return new AgencyResult(UUID.randomUUID(), UUID.fromString(referralId), bank, AgencyAction.AMEND,
                    new ReferralResult.Deduction("6222020000001234", amount, "TR-" + amount), reason, Instant.now(),
                    replaces);
        }

        /** The referral as the bank reads it in its inbox. */
        ValidatableResponse inbox() {
            return given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + referralId).then();
        }
    }

    private static Ordered deductionOrdered(String amount) {
        String bank = Agencies.newBank("KAFKA");
        UUID caseId = UUID.randomUUID();
        return new Ordered(bank, caseId, Referrals.create(bank, "DEDUCTION", caseId,
                Map.of("amount", new BigDecimal(amount))));
    }

    /**
     * Published as a Kafka-connected agency does, on its own results topic, written by the service's own mapper from
     * the contract record.
     */
    private void send(AgencyResult result) {
        send(Topics.agencyResults(result.agencyId()), result);
    }

    private void send(String topic, AgencyResult result) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, result.referralId().toString(),
                CaseEvents.json(mapper, result))).awaitCompletion();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
