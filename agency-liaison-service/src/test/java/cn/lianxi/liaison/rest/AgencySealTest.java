package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.AgencyAction;
import cn.lianxi.contracts.AgencyResult;
import cn.lianxi.contracts.DeliveryReceipt;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.evidence.Seals;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.Agencies.SealedBank;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.CourtKeys;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The agency's seal (电子签章) on its answers: an agency with a registered key answers with {@code Lianxi-Seal}, its
 * detached JWS over the exact body; a body altered after sealing, a seal by another agency's key or no seal at all is
 * refused (400 {@code invalid-seal}) and leaves the referral open. Every stage of the referral is attested by a
 * receipt (回执) sealed by agency-liaison-service, published and shown with the evidence.
 */
@QuarkusTest
class AgencySealTest {

    static final String ACCOUNT = "6222020000001234";
    static final String SERVICE = "agency-liaison-service";
    static final String RESULTS_DLQ = "agency.results.dlq.agency-liaison-service.v1";

    @Inject
    MutableClock clock;

    @Inject
    ObjectMapper mapper;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private byte[] freezeAnswer(String amount) {
        return CaseEvents.json(mapper, Map.of("type", "FREEZE", "accountNumber", ACCOUNT, "amountFrozen",
                new BigDecimal(amount), "frozenUntil", PlatformClock.today(clock).plusMonths(6).toString()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A judge's freeze order of 1,000.00 for {@code bank}; its id. */
    private static String freezeReferral(String bank, UUID caseId) {
        return Referrals.create(bank, "FREEZE", caseId,
                Map.of("accountNumber", ACCOUNT, "amount", new BigDecimal("1000.00")));
    }

    private static ValidatableResponse answer(String bank, String id, byte[] body, String seal) {
        var request = given().auth().oauth2(Agencies.token(bank)).contentType(ContentType.JSON).body(body);
        if (seal != null) {
            request.header("Lianxi-Seal", seal);
        }
        return request.when().post("/inbox/" + id + "/answer").then();
    }

    private static void refused(ValidatableResponse response, String reason) {
        response.spec(Problems.of(ProblemType.INVALID_SEAL, 400)).body("errors[0].field", equalTo("Lianxi-Seal"))
                .body("detail", equalTo(reason));
    }

    private static JsonPath evidence(String court, String id, int status) {
        return given().auth().oauth2(Tokens.judge(court)).when().get("/referrals/" + id + "/evidence").then()
                .statusCode(status).extract().jsonPath();
    }

    /** This service's public key as anyone fetches it, without a token. */
    private static SealKeys serviceKey() {
        String pem = given().when().get("/seals/keys").then().statusCode(200).extract().jsonPath()
                .getString("find { it.keyId == '" + SERVICE + "' }.publicKeyPem");
        return SealKeys.of(List.of(SealKeys.fromPublicPem(SERVICE, pem)));
    }

    @Test
    void aSealedAnswerIsTakenAfterEveryRefusalLeftTheReferralOpenAndEveryStageIsReceipted() {
        SealedBank bank = Agencies.newSealedBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = freezeReferral(bank.id(), caseId);
        given().auth().oauth2(Agencies.token(bank.id())).when().post("/inbox/claims").then().statusCode(200)
                .body("size()", equalTo(1));
        byte[] body = freezeAnswer("1000.00");
        String seal = Seals.seal(bank.key(), body);

        refused(answer(bank.id(), id, freezeAnswer("900.00"), seal),
                "the content does not match its seal (altered after sealing)");
        refused(answer(bank.id(), id, body, Seals.seal(CourtKeys.unknown("BANK-FORGER"), body)),
                "sealed by BANK-FORGER, not by " + bank.id());
        refused(answer(bank.id(), id, body, null), "no seal");
        given().auth().oauth2(Agencies.token(bank.id())).when().get("/inbox/" + id).then()
                .body("status", equalTo("DELIVERED"));

        answer(bank.id(), id, body, seal).statusCode(200).body("status", equalTo("ANSWERED"));

        JsonPath evidence = evidence(CaseEvents.SUZHOU, id, 200);
        assertEquals(bank.id(), evidence.getString("answer.keyId"));
        assertEquals(seal, evidence.getString("answer.seal"));
        assertEquals(new String(body, StandardCharsets.UTF_8), evidence.getString("answer.document"));
        assertEquals(Canonical.sha256(body), evidence.getString("answer.digest"));
        assertNull(evidence.get("sealedOrder"), "a judge's request through the API carries no court seal");
        assertEquals(List.of("ACCEPTED", "DELIVERED", "RETRIEVED", "ANSWERED"), evidence.getList("receipts.stage"));

        List<DeliveryReceipt> receipts = Referrals.receiptsOfCase(kafka, caseId, 4).stream().map(this::receipt)
                .toList();
        assertEquals(List.of("ACCEPTED", "DELIVERED", "RETRIEVED", "ANSWERED"),
                receipts.stream().map(r -> r.stage().name()).toList());
        SealKeys service = serviceKey();
        for (DeliveryReceipt r : receipts) {
            assertEquals(UUID.fromString(id), r.referralId());
            assertEquals(SERVICE, r.issuer());
            assertTrue(Seals.verify(r.seal(), Canonical.bytes(r.withSeal(null)), SERVICE, service).valid(),
                    r.stage() + " receipt's seal");
        }
        DeliveryReceipt answered = receipts.get(3);
        assertEquals(Canonical.sha256(body), answered.answerDigest());
        assertEquals(seal, answered.answerSeal());
        assertNull(receipts.get(0).answerSeal());
    }

    @Test
    void anotherCourtDoesNotFindTheEvidenceOfAReferral() {
        String bank = Agencies.newBank("PULL");
        String id = freezeReferral(bank, UUID.randomUUID());
        evidence(CaseEvents.GUSU, id, 404);
        given().auth().oauth2(Agencies.token(bank)).when().get("/referrals/" + id + "/evidence").then()
                .statusCode(403);
    }

    @Test
    void anAgencyWithoutARegisteredKeyStillAnswersUnsealedInTests() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = freezeReferral(bank, caseId);
        byte[] body = freezeAnswer("1000.00");
        answer(bank, id, body, null).statusCode(200);

        JsonPath evidence = evidence(CaseEvents.SUZHOU, id, 200);
        assertEquals(Canonical.sha256(body), evidence.getString("answer.digest"));
        assertNull(evidence.get("answer.seal"), "admitted unsealed, and said so");
        // never claimed: its first reply is its retrieval
        assertEquals(List.of("ACCEPTED", "DELIVERED", "RETRIEVED", "ANSWERED"), evidence.getList("receipts.stage"));
    }

    @Test
    void aKafkaAnswerWithABadSealIsDeadLetteredWithTheReasonAndTheSealedOneIsTaken() {
        SealedBank bank = Agencies.newSealedBank("KAFKA");
        UUID caseId = UUID.randomUUID();
        String id = freezeReferral(bank.id(), caseId);
        AgencyResult result = new AgencyResult(UUID.randomUUID(), UUID.fromString(id), bank.id(), AgencyAction.ANSWER,
                new ReferralResult.Freeze(ACCOUNT, Money.of("1000.00"), PlatformClock.today(clock).plusMonths(6)),
                null, Instant.now());
        String value = CaseEvents.json(mapper, result);
        String sealOfOther = Seals.seal(bank.key(), value.replace("1000.00", "999.00").getBytes(StandardCharsets.UTF_8));

        send(bank.id(), id, value, sealOfOther);
        ConsumerRecord<String, String> dead = Referrals.ofKey(kafka, RESULTS_DLQ, id, 1).get(0);
        assertEquals("invalid-seal: the content does not match its seal (altered after sealing)",
                Referrals.header(dead, "dead-letter-reason"));
        given().auth().oauth2(Agencies.token(bank.id())).when().get("/inbox/" + id).then()
                .body("status", equalTo("DELIVERED"));

        send(bank.id(), id, value, Seals.seal(bank.key(), value.getBytes(StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Agencies.token(bank.id()))
                .when().get("/inbox/" + id).then().body("status", equalTo("ANSWERED")));
        assertEquals(Canonical.sha256(value.getBytes(StandardCharsets.UTF_8)),
                evidence(CaseEvents.SUZHOU, id, 200).getString("answer.digest"));
    }

    private void send(String bank, String referralId, String value, String seal) {
        var record = new ProducerRecord<>(Topics.agencyResults(bank), referralId, value);
        record.headers().add("lianxi-seal", seal.getBytes(StandardCharsets.UTF_8));
        kafka.produceStrings().fromRecords(record).awaitCompletion();
    }

    private DeliveryReceipt receipt(ConsumerRecord<String, String> outcome) {
        try {
            return mapper.treeToValue(mapper.readTree(outcome.value()).get("receipt"), DeliveryReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
