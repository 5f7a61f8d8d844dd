package cn.lianxi.cases.messaging;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.DeliveryReceipt;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReceiptStage;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealAlgorithm;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.evidence.Seals;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * 送达回执 on the case timeline: the liaison's sealed receipts of a freeze (accepted, delivered, retrieved, answered)
 * become RECEIPT entries in order with their seal verified, a receipt altered after sealing is shown as not
 * verified, and none of them answers the order: the measure stays pending and its clock running until the bank's
 * own answer comes.
 */
@QuarkusTest
class DeliveryReceiptTimelineTest {

    private static final String LIAISON = "agency-liaison-service";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    Pool pool;

    @ConfigProperty(name = "lianxi.seal.keys")
    Path keys;

    /** The liaison's key as agency-liaison-service keeps it: in the key directory both services read. */
    SealKey liaisonKey() {
        return SealKeys.load(keys).find(LIAISON).filter(SealKey::canSign).orElseGet(() -> {
            SealKey key = SealKeys.generate(LIAISON, SealAlgorithm.ES256);
            SealKeys.write(keys, key);
            return key;
        });
    }

    static DeliveryReceipt receipt(UUID referral, String caseId, String requestId, ReceiptStage stage) {
        return new DeliveryReceipt(referral, UUID.fromString(caseId), requestId, "BANK-ICBC", ReferralKind.FREEZE,
                stage, Instant.now(), null, null, null, null, LIAISON, null);
    }

    void send(DeliveryReceipt receipt) throws Exception {
        Fixtures.outcome(kafka, mapper, new ReferralOutcome(UUID.randomUUID(), receipt.referralId(), receipt.caseId(),
                SUZHOU, receipt.agencyId(), receipt.referralKind(), OutcomeType.RECEIPT, receipt.at(), null, null,
                null, null, receipt.requestId(), null, receipt));
    }

    String measureState(String caseId, String requestId) {
        return pool.preparedQuery("SELECT state FROM case_measure WHERE case_id = $1 AND request_id = $2")
                .execute(Tuple.of(UUID.fromString(caseId), requestId)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
    }

    static Map<String, Object> answerClock(String caseId) {
        List<Map<String, Object>> clocks = given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when()
                .get("/cases/" + caseId + "/clocks").then().statusCode(200).extract().jsonPath().getList("");
        return clocks.stream().filter(k -> "MEASURE_TO_ANSWER".equals(k.get("kind"))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("送达回执: four sealed receipts on the timeline in order, an altered one unverified, the order still open")
    void receiptsGoOnTheTimelineVerifiedAndLeaveTheOrderOpen() throws Exception {
        SealKey liaison = liaisonKey();
        String number = Fixtures.caseNumber();
        String freezeId = Fixtures.eventId();
        String id = Fixtures.submit(SUZHOU, List.of(filing(SUZHOU, number, "1000.00"),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "eventId", freezeId, "bankCode", "ICBC",
                        "accountNumber", "6222-R", "amount", "600.00"))).statusCode(200)
                .extract().path("results[0].caseId");
        assertEquals("PENDING", measureState(id, freezeId));
        assertNull(answerClock(id).get("stoppedAt"));

        UUID referral = UUID.randomUUID();
        for (ReceiptStage stage : ReceiptStage.values()) {
            DeliveryReceipt r = receipt(referral, id, freezeId, stage);
            send(r.withSeal(Seals.seal(liaison, Canonical.bytes(r))));
        }
        DeliveryReceipt genuine = receipt(referral, id, freezeId, ReceiptStage.DELIVERED);
        String seal = Seals.seal(liaison, Canonical.bytes(genuine));
        DeliveryReceipt altered = new DeliveryReceipt(referral, genuine.caseId(), freezeId, genuine.agencyId(),
                genuine.referralKind(), genuine.stage(), genuine.at().minus(Duration.ofDays(3)), null, null, null, null,
                LIAISON, seal);
        send(altered);

        List<Map<String, Object>> receipts = Fixtures.timeline(id).<Map<String, Object>>getList("").stream()
                .filter(t -> "RECEIPT".equals(t.get("kind"))).toList();
        assertEquals(List.of("ACCEPTED", "DELIVERED", "RETRIEVED", "ANSWERED", "DELIVERED"),
                receipts.stream().map(t -> detail(t).get("stage")).toList());
        assertEquals(List.of(true, true, true, true, false),
                receipts.stream().map(t -> detail(t).get("sealVerified")).toList());
        assertEquals("已送达 Delivered", detail(receipts.get(1)).get("stageLabel"));
        assertEquals(LIAISON, detail(receipts.get(0)).get("issuer"));
        assertNotNull(detail(receipts.get(4)).get("sealCheck"), "the reason it failed is kept");
        assertFalse(Fixtures.timelineKinds(id).contains("OUTCOME_RECORDED"), "a receipt is not an agency's answer");

        assertEquals("PENDING", measureState(id, freezeId), "a receipt answers nothing");
        assertNull(answerClock(id).get("stoppedAt"), "the answer's clock still runs");
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("0.00"));

        Fixtures.outcome(kafka, mapper, new ReferralOutcome(UUID.randomUUID(), referral, UUID.fromString(id), SUZHOU,
                "BANK-ICBC", ReferralKind.FREEZE, OutcomeType.FROZEN, Instant.now(), null, null, null, null, freezeId,
                null));
        assertEquals("ANSWERED", measureState(id, freezeId));
        assertNotNull(answerClock(id).get("stoppedAt"), "the bank's answer stops the clock");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("detail");
    }
}
