package cn.lianxi.cases.messaging;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Agency outcomes, built as the contract record and written by the service's own mapper (liaison's code is another
 * service): on the timeline, a deduction raises the amount recovered exactly once, bad records are dead-lettered
 * at once with the reason.
 */
@QuarkusTest
class OutcomeConsumerTest {

    static final String DLQ = "liaison.outcomes.dlq.case-service.v1";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    void publish(String key, String json) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REFERRAL_OUTCOMES, key, json))
                .awaitCompletion(Duration.ofSeconds(10));
    }

    static ReferralOutcome outcome(String caseId, OutcomeType outcome, String amount, String reason) {
        return new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(caseId), SUZHOU,
                "BANK-ICBC", ReferralKind.DEDUCTION, outcome, Instant.now(),
                amount == null ? null : new BigDecimal(amount), null, reason, null, null, null);
    }

    String json(ReferralOutcome outcome) throws JsonProcessingException {
        return mapper.writeValueAsString(outcome);
    }

    String deadLetterReason(String marker) {
        return Fixtures.header(Fixtures.records(kafka, DLQ, r -> r.value().contains(marker), 1).get(0),
                "dead-letter-reason");
    }

    @Test
    void aDeductionPublishedTwiceRaisesRecoveredOnce() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "100.00");
        String deducted = json(outcome(id, OutcomeType.DEDUCTED, "100.00", null));
        publish(id, json(outcome(id, OutcomeType.ANSWERED, null, null)));
        publish(id, deducted);
        publish(id, deducted);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.timelineKinds(id).size() >= 4);
        // a last marker outcome on the same key proves the duplicate before it was consumed (and skipped)
        publish(id, json(outcome(id, OutcomeType.ANSWERED, null, null)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.timelineKinds(id).size() >= 5);

        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("100.00")).body("readyToConclude", equalTo(true));
        assertEquals(List.of("CASE_FILED", "OUTCOME_RECORDED", "OUTCOME_RECORDED", "READY_TO_CONCLUDE",
                "OUTCOME_RECORDED"), Fixtures.timelineKinds(id));
        assertEquals("协查结果 DEDUCTION → DEDUCTED: 100.00 CNY", Fixtures.timeline(id).getString("summary[2]"));
        var published = Fixtures.caseEvents(kafka, id, 4);
        assertTrue(published.stream().map(r -> Fixtures.json(r.value()))
                .anyMatch(e -> "DEDUCTED".equals(e.path("detail").path("outcome").asText())
                        && e.path("amountRecovered").decimalValue().equals(new BigDecimal("100.00"))));
    }

    @Test
    void theLargestAmountIsRecoveredExactlyAndThreeDecimalsAreDeadLettered() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "99999999999999.99");
        publish(id, json(outcome(id, OutcomeType.DEDUCTED, "99999999999999.99", null)));
        ReferralOutcome sub = outcome(id, OutcomeType.DEDUCTED, "1000.001", null);
        publish(id, json(sub));

        assertTrue(deadLetterReason(sub.eventId().toString()).startsWith("invalid-field [amount]"));
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("99999999999999.99"));
        assertEquals(new BigDecimal("99999999999999.99"),
                Fixtures.timeline(id).<BigDecimal>getList("detail.amount").get(1));
    }

    @Test
    void aDeductionOverflowingTheTotalIsDeadLetteredAtOnceWithTheReason() throws Exception {
        String number = Fixtures.caseNumber();
        List<Map<String, Object>> batch = new ArrayList<>(List.of(Fixtures.filing(SUZHOU, number, "99999999999999.99")));
        for (int i = 0; i < 100; i++) { // 100 × Money.MAX = 9999999999999999.00: one more fen-less MAX would not fit
            batch.add(with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", Money.MAX.toPlainString(),
                    "source", "AUCTION", "transferReference", "TR-" + i));
        }
        String id = Fixtures.submit(SUZHOU, batch).statusCode(200).body("accepted", equalTo(101))
                .extract().path("results[0].caseId");

        ReferralOutcome overflow = outcome(id, OutcomeType.DEDUCTED, "1.00", null);
        long start = System.nanoTime();
        publish(id, json(overflow));
        String reason = deadLetterReason(overflow.eventId().toString());
        assertTrue(reason.startsWith("total-overflow [amount]"), reason);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "dead-lettered at once, not retried");
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("9999999999999999.00"));
    }

    @Test
    void aRejectedOrderShowsOnTheTimelineAsRefusedWithItsReason() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "10.00");
        publish(id, json(outcome(id, OutcomeType.REJECTED, null, "账户已销户 account closed")));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.timelineKinds(id).size() >= 2);
        assertEquals("协查结果 DEDUCTION → REJECTED refused: 账户已销户 account closed",
                Fixtures.timeline(id).getString("summary[1]"));
    }

    @Test
    void anOutcomeForAnUnknownCaseGoesToTheDlq() throws Exception {
        String unknown = UUID.randomUUID().toString();
        publish(unknown, json(outcome(unknown, OutcomeType.DEDUCTED, "1.00", null)));
        assertTrue(deadLetterReason(unknown).startsWith("unknown-case"));
    }
}
