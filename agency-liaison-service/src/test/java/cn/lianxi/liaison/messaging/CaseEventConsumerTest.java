package cn.lianxi.liaison.messaging;

import static cn.lianxi.liaison.Agencies.BOC;
import static cn.lianxi.liaison.Agencies.ICBC;
import static cn.lianxi.liaison.Agencies.POLICE;
import static cn.lianxi.liaison.Agencies.inbox;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CourtTransferMode;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.Topics;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class CaseEventConsumerTest {

    static final String DLQ = "enforcement.cases.dlq.agency-liaison-service.v1";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Test
    void aFiledCaseAsksEveryActiveBankAndNoOneElse() {
        UUID caseId = UUID.randomUUID();
        CaseEvent filed = CaseEvents.filed(caseId, CaseEvents.SUZHOU);
        CaseEvents.publish(kafka, mapper, filed);

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ICBC, caseId).size() == 1);
        Map<String, Object> icbc = inbox(ICBC, caseId).get(0);
        assertEquals("BANK_INQUIRY", icbc.get("kind"));
        assertEquals("QUEUED", icbc.get("status"));
        assertEquals(filed.caseNumber(), icbc.get("caseNumber"));
        assertEquals(CaseEvents.SUZHOU, icbc.get("courtCode"));
        assertEquals(caseId.toString(), icbc.get("caseId"));
        assertTrue(icbc.get("dueAt") != null && icbc.get("id") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> respondent = (Map<String, Object>) ((Map<String, Object>) icbc.get("payload"))
                .get("respondent");
        assertEquals("张三", respondent.get("name"));
        assertEquals(CaseEvents.RESPONDENT_ID, respondent.get("idNumber"));
        assertEquals("PERSON", respondent.get("type"));
        assertEquals(1, inbox(BOC, caseId).size());
        assertEquals(0, inbox(POLICE, caseId).size());
    }

    @Test
    void referralsAndTheirDispatchesCarryTheCaseEventAndTheTraceOfTheRecordThatCreatedThem() {
        String kafkaBank = Agencies.newBank("KAFKA");
        UUID caseId = UUID.randomUUID();
        CaseEvent filed = CaseEvents.filed(caseId, CaseEvents.SUZHOU);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ProducerRecord<String, String> record = CaseEvents.record(mapper, filed);
        record.headers().add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        kafka.produceStrings().fromRecords(record).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ICBC, caseId).size() == 1);
        Map<String, Object> icbc = inbox(ICBC, caseId).get(0);
        assertEquals(filed.eventId().toString(), icbc.get("sourceEventId"));
        assertEquals(traceId, icbc.get("traceId"));

        // the fan-out's dispatch rows are written in SQL, not through Outbox.append: they carry the trace all the same
        ConsumerRecord<String, String> dispatch = Referrals.ofKey(kafka,
                Topics.referralDispatch(kafkaBank, ReferralKind.BANK_INQUIRY.slug()), kafkaBank, 1).get(0);
        assertEquals(caseId.toString(), JsonPath.from(dispatch.value()).getString("caseId"));
        String traceparent = Referrals.header(dispatch, "traceparent");
        assertTrue(traceparent != null && traceparent.startsWith("00-" + traceId + "-"), "dispatch traceparent " + traceparent);
        assertEquals(caseId.toString(), Referrals.header(dispatch, "ce_subject"));
    }

    @Test
    void aRedeliveredEventCreatesNothingNew() {
        UUID caseId = UUID.randomUUID();
        CaseEvent filed = CaseEvents.filed(caseId, CaseEvents.SUZHOU);
        CaseEvent inquiry = CaseEvents.event(caseId, CaseEvents.SUZHOU,
                new CaseEventDetail.AssetInquiryRequested(null, "REQ-1", CaseEvents.OFFICER, CaseEvents.NOTICE));
        // same key, so the inquiry is consumed after both copies of the filing: once it shows, the copies were seen
        CaseEvents.publish(kafka, mapper, filed, filed, inquiry);

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ICBC, caseId).size() >= 2);
        assertEquals(2, inbox(ICBC, caseId).size(), "one inquiry per event, the duplicate created nothing");
        assertEquals(2, inbox(BOC, caseId).size());
    }

    @Test
    void anEventIdReusedWithOtherContentIsDeadLetteredNamingTheOriginal() {
        UUID caseId = UUID.randomUUID();
        CaseEvent freeze = CaseEvents.freeze(caseId, "104", null, Money.of("300000.00"));
        CaseEvent forged = new CaseEvent(freeze.eventId(), caseId, freeze.courtCode(), freeze.caseNumber(),
                freeze.occurredAt(), freeze.status(), freeze.amountOwed(), freeze.amountRecovered(),
                freeze.respondents(), new CaseEventDetail.FreezeOrdered(new CaseEventDetail.AccountOrder(
                        CaseEvents.RESPONDENT, "104", null, "6216610000009999", Money.of("900000.00"), "REQ-X", null,
                        CaseEvents.OFFICER, CaseEvents.NOTICE)));
        CaseEvents.publish(kafka, mapper, freeze, forged);

        ConsumerRecord<String, String> dead = deadLetter(caseId.toString());
        assertEquals("conflicting-duplicate: event " + freeze.eventId() + " was accepted before with other content",
                PushPathTest.header(dead, "dead-letter-reason"));
        List<Map<String, Object>> referrals = inbox(BOC, caseId);
        assertEquals(1, referrals.size(), "the original's effect stands, nothing of the forgery was applied");
        assertEquals(new BigDecimal("300000.00"), Referrals.amount(inboxJson(BOC, caseId), "[0].payload.amount"));
    }

    @Test
    void aCourtTransferMovesTheCasesReferralsToTheNewCourt() {
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.filed(caseId, CaseEvents.HUQIU));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ICBC, caseId).size() == 1);
        assertEquals(CaseEvents.HUQIU, inbox(ICBC, caseId).get(0).get("courtCode"));

        CaseEvents.publish(kafka, mapper, CaseEvents.event(caseId, CaseEvents.GUSU,
                new CaseEventDetail.CourtTransferred(CaseEvents.HUQIU, CaseEvents.GUSU, CourtTransferMode.CROSS, "回避",
                        null)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> CaseEvents.GUSU.equals(inbox(ICBC, caseId).get(0).get("courtCode")));
        assertEquals(1, inbox(ICBC, caseId).size(), "a transfer orders nothing");
    }

    @Test
    void kindsLiaisonIgnoresAreSkippedByTheirTypeWithoutBeingRead() {
        String key = UUID.randomUUID().toString();
        var record = new ProducerRecord<>(Topics.ENFORCEMENT_CASES, key, "not even JSON: never parsed");
        record.headers().add("ce_type", "cn.lianxi.case.payment-received.v1".getBytes(StandardCharsets.UTF_8));
        kafka.produceStrings().fromRecords(record).awaitCompletion();
        // a record after it on the same key shows the skipped one was consumed without a dead letter
        UUID caseId = UUID.fromString(key);
        var outcome = CaseEvents.event(caseId, CaseEvents.SUZHOU, new CaseEventDetail.OutcomeRecorded(null, ICBC,
                ReferralKind.DEDUCTION, OutcomeType.DEDUCTED, Money.of("1.00")));
        CaseEvents.publish(kafka, mapper, outcome, CaseEvents.filed(caseId, CaseEvents.SUZHOU));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ICBC, caseId).size() == 1);
        Referrals.noneOfKey(kafka, DLQ, key);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithItsReason() {
        String key = UUID.randomUUID().toString();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENFORCEMENT_CASES, key, "{not json"))
                .awaitCompletion();
        assertTrue(PushPathTest.header(deadLetter(key), "dead-letter-reason").startsWith("malformed CaseEvent"));
    }

    @Test
    void anOrderWithThreeDecimalsIsDeadLetteredNamingTheFieldAndCreatesNothing() {
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.deduction(caseId, "104", null, new BigDecimal("1000.001")));
        String reason = PushPathTest.header(deadLetter(caseId.toString()), "dead-letter-reason");
        assertTrue(reason.startsWith("detail.order.amount "), reason);
        assertEquals(0, inbox(BOC, caseId).size());
    }

    @Test
    void aFreezeOrderGoesToTheBankNamedByItsCodeWithItsAmountExact() {
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.freeze(caseId, "104", null, Money.of("12000000.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(BOC, caseId).size() == 1);
        String inbox = inboxJson(BOC, caseId);
        assertEquals("FREEZE", JsonPath.from(inbox).getString("[0].kind"));
        assertEquals("6216610000009999", JsonPath.from(inbox).getString("[0].payload.accountNumber"));
        assertEquals(new BigDecimal("12000000.00"), Referrals.amount(inbox, "[0].payload.amount"));
        assertEquals(0, inbox(ICBC, caseId).size());
    }

    @Test
    void theLargestAmountOfADeductionOrderReachesAKafkaBanksDispatchExactly() {
        String bank = Agencies.newBank("KAFKA");
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.deduction(caseId, null, bank, Money.MAX));

        ConsumerRecord<String, String> dispatch = kafka.consumeStrings()
                .fromTopics(Topics.referralDispatch(bank, "deduction"))
                .awaitRecords(1, Duration.ofSeconds(30)).getRecords().stream()
                .filter(r -> r.key().equals(bank)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("99999999999999.99"), Referrals.amount(dispatch.value(), "payload.amount"));
        assertEquals(new BigDecimal("99999999999999.99"), Referrals.amount(inboxJson(bank, caseId), "[0].payload.amount"));
    }

    @Test
    void anOrderNoBankCanTakeIsRefusedBackToTheCourtWithTheReason() {
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.freeze(caseId, "999", null, Money.of("10.00")));
        JsonPath refused = JsonPath.from(Referrals.outcomesOfCase(kafka, caseId, 1).get(0).value());
        assertEquals("UNROUTABLE", refused.getString("outcome"));
        assertEquals("FREEZE", refused.getString("referralKind"));
        assertEquals("no active bank matches the order's bankCode 999", refused.getString("reason"));
        assertNull(refused.get("referralId"));
    }

    private ConsumerRecord<String, String> deadLetter(String key) {
        return Referrals.ofKey(kafka, DLQ, key, 1).get(0);
    }

    /** The agency's inbox for the case, as the JSON text the service wrote. */
    private static String inboxJson(String agencyId, UUID caseId) {
        return given().auth().oauth2(Agencies.token(agencyId)).queryParam("caseId", caseId)
                .when().get("/inbox").then().statusCode(200).extract().asString();
    }
}
