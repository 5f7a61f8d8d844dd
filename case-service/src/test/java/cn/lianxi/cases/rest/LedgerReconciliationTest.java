package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One money ledger per case, through the real channels: banks' deduction answers on Kafka, the court's payment
 * reports over REST, duplicated, amended and in shuffled order (deterministic seed). The amount recovered, the
 * ledger's counted rows and the dashboard all equal the sum of the distinct transfers.
 */
@QuarkusTest
class LedgerReconciliationTest {

    private static final long SEED = 15L;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    Pool pool;

    Runnable bank(String caseId, String eventId, String reference, String amount, String replaces) {
        return () -> {
            ReferralOutcome o = new ReferralOutcome(UUID.fromString(eventId), UUID.randomUUID(),
                    UUID.fromString(caseId), SUZHOU, "BANK-ICBC", ReferralKind.DEDUCTION, OutcomeType.DEDUCTED,
                    Instant.now(), new BigDecimal(amount), new ReferralResult.Deduction("6222-L", new BigDecimal(amount),
                            reference), replaces == null ? null : "银行更正: 金额录入错误", null, "order-" + reference,
                    replaces == null ? null : UUID.fromString(replaces));
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REFERRAL_OUTCOMES, caseId, json(o)))
                    .awaitCompletion(Duration.ofSeconds(10));
        };
    }

    static Runnable court(String caseId, String reference, String amount) {
        return () -> CaseTransitionsTest.post(caseId, "payments", Map.of("amount", amount, "source", "DEDUCTION",
                "transferReference", reference)).statusCode(200);
    }

    @Test
    void recoveredIsTheSumOfDistinctTransfersAfterDuplicatedReorderedAndAmendedReports() {
        Random random = new Random(SEED);
        BigDecimal yearBefore = recoveredThisYear();
        for (int round = 0; round < 3; round++) {
            String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "10000.00");
            String wrong = UUID.randomUUID().toString();
            String r = "R" + round + "-" + UUID.randomUUID();
            List<Runnable> reports = new ArrayList<>(List.of(
                    bank(id, UUID.randomUUID().toString(), r + "-1", "1000.00", null), // a deduction ...
                    court(id, r + "-1", "1000.00"), // ... and the court's own report of the same money
                    bank(id, wrong, r + "-2", "5000000.00", null), // a wrong answer ...
                    bank(id, UUID.randomUUID().toString(), r + "-2", "2000.00", wrong), // ... and its amendment
                    court(id, r + "-3", "500.00"), // the debtor's payment ...
                    court(id, r + "-3", "500.00"))); // ... reported twice
            Collections.shuffle(reports, random);
            reports.forEach(Runnable::run);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.timelineKinds(id).stream()
                    .filter("OUTCOME_RECORDED"::equals).count() == 3);

            Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("3500.00"));
            Row ledger = pool.preparedQuery("SELECT coalesce(sum(amount) FILTER (WHERE counted), 0) AS total, "
                    + "count(*) FILTER (WHERE counted) AS receipts, count(*) AS reports FROM recovery WHERE case_id = $1")
                    .execute(Tuple.of(UUID.fromString(id))).await().atMost(Duration.ofSeconds(10)).iterator().next();
            assertEquals(new BigDecimal("3500.00"), ledger.getBigDecimal("total"));
            assertEquals(3, ledger.getLong("receipts"), "one counted receipt per transfer");
            assertEquals(6, ledger.getLong("reports"), "every report is kept");

            // the court's report of a transfer the ledger holds with another amount is refused, naming the field
            CaseTransitionsTest.post(id, "payments", Map.of("amount", "999.00", "source", "DEDUCTION",
                    "transferReference", r + "-1")).statusCode(409)
                    .spec(Problems.of(ProblemType.CONFLICTING_RECEIPT, 409))
                    .body("errors[0].field", equalTo("transferReference"));
            Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("3500.00"));
            assertTrue(Fixtures.timelineKinds(id).contains("RECEIPT_ALREADY_COUNTED"),
                    "the second report of a transfer says it was counted once");
        }
        assertEquals(new BigDecimal("10500.00"), recoveredThisYear().subtract(yearBefore),
                "the dashboard sums the ledgers' counted receipts");
    }

    private BigDecimal recoveredThisYear() {
        return RestAssured.given().config(Fixtures.EXACT).auth().oauth2(cn.lianxi.testsupport.Tokens.withRole("admin"))
                .when().get("/cases/stats").then().statusCode(200).extract().jsonPath().getString("recovered.thisYear")
                .transform(BigDecimal::new);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
