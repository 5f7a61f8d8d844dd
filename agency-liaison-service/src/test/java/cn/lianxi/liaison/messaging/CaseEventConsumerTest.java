package cn.lianxi.liaison.messaging;

import static cn.lianxi.liaison.Agencies.BOC;
import static cn.lianxi.liaison.Agencies.ICBC;
import static cn.lianxi.liaison.Agencies.POLICE;
import static cn.lianxi.liaison.Agencies.inbox;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.liaison.CaseEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class CaseEventConsumerTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Test
    void aFiledCaseAsksEveryActiveBankAndNoOneElse() {
        UUID caseId = UUID.randomUUID();
        CaseEvent filed = CaseEvents.event(caseId, CaseEventKind.CASE_FILED, CaseEvents.SUZHOU, Map.of());
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
        Map<String, Object> payload = (Map<String, Object>) icbc.get("payload");
        assertEquals("张三", payload.get("respondentName"));
        assertEquals(CaseEvents.RESPONDENT_ID, payload.get("respondentIdNumber"));
        assertEquals(1, inbox(BOC, caseId).size());
        assertEquals(0, inbox(POLICE, caseId).size());
    }

    @Test
    void referralsCarryTheCaseEventAndTheTraceOfTheRecordThatCreatedThem() {
        UUID caseId = UUID.randomUUID();
        CaseEvent filed = CaseEvents.event(caseId, CaseEventKind.CASE_FILED, CaseEvents.SUZHOU, Map.of());
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var record = new org.apache.kafka.clients.producer.ProducerRecord<String, String>(
                cn.lianxi.contracts.Topics.ENFORCEMENT_CASES, caseId.toString(), CaseEvents.json(mapper, filed));
        record.headers().add("traceparent",
                ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        kafka.produceStrings().fromRecords(record).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ICBC, caseId).size() == 1);
        Map<String, Object> icbc = inbox(ICBC, caseId).get(0);
        assertEquals(filed.eventId().toString(), icbc.get("sourceEventId"));
        assertEquals(traceId, icbc.get("traceId"));
    }

    @Test
    void aRedeliveredEventCreatesNothingNew() {
        UUID caseId = UUID.randomUUID();
        CaseEvent filed = CaseEvents.event(caseId, CaseEventKind.CASE_FILED, CaseEvents.SUZHOU, Map.of());
        CaseEvent inquiry = CaseEvents.event(caseId, CaseEventKind.ASSET_INQUIRY_REQUESTED, CaseEvents.SUZHOU, Map.of());
        // same key, so the inquiry is consumed after both copies of the filing: once it shows, the copies were seen
        CaseEvents.publish(kafka, mapper, filed, filed, inquiry);

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(ICBC, caseId).size() >= 2);
        List<Map<String, Object>> referrals = inbox(ICBC, caseId);
        assertEquals(2, referrals.size(), "one inquiry per event, the duplicate created nothing");
        assertEquals(2, inbox(BOC, caseId).size());
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithItsReason() {
        String key = UUID.randomUUID().toString();
        kafka.produceStrings().fromRecords(new org.apache.kafka.clients.producer.ProducerRecord<>(
                cn.lianxi.contracts.Topics.ENFORCEMENT_CASES, key, "{not json")).awaitCompletion();
        var dead = kafka.consumeStrings().fromTopics("enforcement.cases.dlq.agency-liaison-service.v1")
                .awaitRecords(1, Duration.ofSeconds(30)).getRecords().stream()
                .filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertTrue(PushPathTest.header(dead, "dead-letter-reason").startsWith("malformed CaseEvent"));
    }

    @Test
    void aFreezeOrderGoesToTheBankNamedByItsCode() {
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.event(caseId, CaseEventKind.FREEZE_ORDERED, CaseEvents.SUZHOU,
                Map.of("bankCode", "104", "accountNumber", "6216610000009999", "amount", "300000.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(BOC, caseId).size() == 1);
        Map<String, Object> freeze = inbox(BOC, caseId).get(0);
        assertEquals("FREEZE", freeze.get("kind"));
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) freeze.get("payload");
        assertEquals("6216610000009999", payload.get("accountNumber"));
        assertEquals("300000.00", payload.get("amount"));
        assertEquals(0, inbox(ICBC, caseId).size());
    }
}
