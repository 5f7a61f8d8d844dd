package cn.lianxi.liaison.messaging;

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
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.Topics;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.evidence.Seals;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.CourtKeys;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The court's seal (电子签章) on a measure: liaison acts only on a case event whose seal verifies with its court's key;
 * the referral keeps the sealed order, which anyone can verify with the court's public key alone. An altered event,
 * one sealed by another court, or an unsealed one from a court whose key is known is dead-lettered with the reason.
 */
@QuarkusTest
class CourtSealTest {

    static final String COURT = "C399901";
    static final String OTHER_COURT = "C399902";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    private static CaseEvent freeze(UUID caseId, String bank, String amount) {
        return CaseEvents.event(caseId, COURT, new CaseEventDetail.FreezeOrdered(new CaseEventDetail.AccountOrder(
                CaseEvents.RESPONDENT, null, bank, "6216610000009999", Money.of(amount), "REQ-" + UUID.randomUUID(),
                null, CaseEvents.OFFICER, CaseEvents.NOTICE)));
    }

    private static CaseEvent sealed(CaseEvent event, SealKey key) {
        return event.withSeal(Seals.seal(key, Canonical.bytes(event.withSeal(null))));
    }

    @Test
    void aSealedFreezeBecomesAReferralWhoseSealedOrderVerifiesWithTheCourtsPublicKey() {
        SealKey court = CourtKeys.of(COURT);
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        CaseEvent event = sealed(freeze(caseId, bank, "300000.00"), court);
        CaseEvents.publish(kafka, mapper, event);

        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(bank, caseId).size() == 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> order = (Map<String, Object>) Agencies.inbox(bank, caseId).get(0).get("sealedOrder");
        assertEquals(COURT, order.get("keyId"));
        assertEquals(event.seal(), order.get("seal"));
        String document = (String) order.get("document");
        assertEquals(Canonical.text(event.withSeal(null)), document);
        // what an agency does with it: the court's public key alone, nothing of this service
        SealKeys published = SealKeys.of(List.of(SealKeys.fromPublicPem(COURT, court.publicPem())));
        assertTrue(Seals.verify((String) order.get("seal"), document.getBytes(StandardCharsets.UTF_8), COURT,
                published).valid());
    }

    @Test
    void aSealedFilingFansOutWithTheSealedOrderOnEveryReferralAndDispatchAndReceiptsNamingIt() {
        SealKey court = CourtKeys.of(COURT);
        String kafkaBank = Agencies.newBank("KAFKA");
        UUID caseId = UUID.randomUUID();
        CaseEvent filed = sealed(CaseEvents.filed(caseId, COURT), court);
        String document = Canonical.text(filed.withSeal(null));
        CaseEvents.publish(kafka, mapper, filed);

        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(Agencies.ICBC, caseId).size() == 1);
        Map<String, Object> icbc = Agencies.inbox(Agencies.ICBC, caseId).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> order = (Map<String, Object>) icbc.get("sealedOrder");
        assertEquals(filed.seal(), order.get("seal"));
        assertEquals(document, order.get("document"));

        JsonPath dispatch = JsonPath.from(Referrals.ofKey(kafka,
                Topics.referralDispatch(kafkaBank, ReferralKind.BANK_INQUIRY.slug()), kafkaBank, 1).get(0).value());
        assertEquals(filed.seal(), dispatch.getString("orderSeal"));
        assertEquals(document, dispatch.getString("orderDocument"));

        JsonPath evidence = given().auth().oauth2(Tokens.judge(COURT)).when()
                .get("/referrals/" + icbc.get("id") + "/evidence").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ACCEPTED", "DELIVERED"), evidence.getList("receipts.stage"));
        assertEquals(Canonical.sha256(document.getBytes(StandardCharsets.UTF_8)),
                evidence.getString("receipts[0].orderDigest"));
        assertEquals(COURT, evidence.getString("receipts[1].orderSealedBy"));
    }

    @Test
    void anEventAlteredAfterSealingCreatesNothingAndIsDeadLetteredWithTheReason() {
        SealKey court = CourtKeys.of(COURT);
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        CaseEvent sealed = sealed(freeze(caseId, bank, "300000.00"), court);
        CaseEventDetail.AccountOrder order = ((CaseEventDetail.FreezeOrdered) sealed.detail()).order();
        CaseEvent altered = new CaseEvent(sealed.eventId(), caseId, COURT, sealed.caseNumber(), sealed.occurredAt(),
                sealed.status(), sealed.amountOwed(), sealed.amountRecovered(), sealed.respondents(),
                new CaseEventDetail.FreezeOrdered(new CaseEventDetail.AccountOrder(order.respondent(), null, bank,
                        order.accountNumber(), new BigDecimal("900000.00"), order.requestId(), null,
                        order.orderedBy(), order.legalBasis())), sealed.seal());
        refused(altered, bank, "invalid-seal: the content does not match its seal (altered after sealing)");
    }

    @Test
    void anEventSealedByAnotherCourtIsDeadLetteredNamingBoth() {
        CourtKeys.of(COURT); // the court's key is known, so the seal must be its own
        String bank = Agencies.newBank("PULL");
        refused(sealed(freeze(UUID.randomUUID(), bank, "1000.00"), CourtKeys.of(OTHER_COURT)), bank,
                "invalid-seal: sealed by " + OTHER_COURT + ", not by " + COURT);
    }

    @Test
    void anUnsealedEventOfACourtWhoseKeyIsKnownIsDeadLettered() {
        CourtKeys.of(COURT); // the court's key is known, so it cannot send unsealed
        String bank = Agencies.newBank("PULL");
        refused(freeze(UUID.randomUUID(), bank, "1000.00"), bank, "invalid-seal: no seal");
    }

    @Test
    void anUnsealedEventOfACourtWithoutAKeyIsStillTakenInTests() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.freeze(caseId, null, bank, Money.of("1000.00")));

        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(bank, caseId).size() == 1);
        assertNull(Agencies.inbox(bank, caseId).get(0).get("sealedOrder"), "no seal is claimed that nobody checked");
    }

    /** The event is dead-lettered with {@code reason} and no referral of its case reaches {@code bank}. */
    private void refused(CaseEvent event, String bank, String reason) {
        CaseEvents.publish(kafka, mapper, event);
        ConsumerRecord<String, String> dead = Referrals.ofKey(kafka, CaseEventConsumerTest.DLQ,
                event.caseId().toString(), 1).get(0);
        assertEquals(reason, Referrals.header(dead, "dead-letter-reason"));
        assertEquals(0, Agencies.inbox(bank, event.caseId()).size());
    }
}
