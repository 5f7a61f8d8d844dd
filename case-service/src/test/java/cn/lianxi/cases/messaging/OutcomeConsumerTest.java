package cn.lianxi.cases.messaging;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Agency outcomes: on the timeline, a deduction raises the amount recovered exactly once. */
@QuarkusTest
class OutcomeConsumerTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final String DLQ = "liaison.outcomes.dlq.case-service.v1";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    void publish(String key, String json) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REFERRAL_OUTCOMES, key, json))
                .awaitCompletion(Duration.ofSeconds(10));
    }

    static String outcome(UUID caseId, String outcome, String amount) throws Exception {
        return JSON.writeValueAsString(new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), caseId, SUZHOU,
                "BANK-ICBC", "DEDUCTION", outcome, Instant.now(), amount == null ? null : new BigDecimal(amount),
                Map.of("accountNumber", "6222")));
    }

    @Test
    void aDeductionPublishedTwiceRaisesRecoveredOnce() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "100.00");
        String answered = outcome(UUID.fromString(id), "ANSWERED", null);
        String deducted = outcome(UUID.fromString(id), "DEDUCTED", "100.00");
        publish(id, answered);
        publish(id, deducted);
        publish(id, deducted);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.timelineKinds(id).size() >= 4);
        // a last marker outcome on the same key proves the duplicate before it was consumed (and skipped)
        publish(id, outcome(UUID.fromString(id), "ANSWERED", null));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.timelineKinds(id).size() >= 5);

        Fixtures.caseView(id).body("amountRecovered", equalTo(100.0f)).body("readyToConclude", equalTo(true));
        assertEquals(java.util.List.of("CASE_FILED", "OUTCOME_RECORDED", "OUTCOME_RECORDED", "READY_TO_CONCLUDE",
                "OUTCOME_RECORDED"), Fixtures.timelineKinds(id));
        var published = Fixtures.caseEvents(kafka, id, 4);
        assertTrue(published.stream().map(r -> Fixtures.json(r.value()))
                .anyMatch(e -> "DEDUCTED".equals(e.path("detail").path("outcome").asText())
                        && e.path("amountRecovered").decimalValue().compareTo(new BigDecimal("100.00")) == 0));
    }

    @Test
    void anOutcomeForAnUnknownCaseGoesToTheDlq() throws Exception {
        UUID unknown = UUID.randomUUID();
        publish(unknown.toString(), outcome(unknown, "DEDUCTED", "1.00"));
        var dead = Fixtures.records(kafka, DLQ, r -> r.value().contains(unknown.toString()), 1).get(0);
        assertTrue(Fixtures.header(dead, "dead-letter-reason").contains("unknown-case"));
    }
}
