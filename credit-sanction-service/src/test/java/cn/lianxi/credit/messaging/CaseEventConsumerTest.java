package cn.lianxi.credit.messaging;

import static cn.lianxi.credit.Api.officer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PaymentSource;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.Topics;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class CaseEventConsumerTest {

    private static final String DLQ = Topics.ENFORCEMENT_CASES.replace(".v1", ".dlq.credit-sanction-service.v1");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void recordsEveryCaseItHearsOfWithItsRespondents() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("张三", "19800101"));
        UUID eventId = feed.filed();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.withRole("credit-officer"))
                .when().get("/sanctions/cases/" + feed.caseId)
                .then().statusCode(200)
                .body("caseNumber", equalTo(feed.caseNumber))
                .body("courtCode", equalTo(CaseFeed.COURT))
                .body("status", equalTo("FILED"))
                .body("lastEventId", equalTo(eventId.toString()))
                .body("respondents.idNumber", hasItem(feed.respondentId(0))));
    }

    @Test
    void keepsTheLargestAmountExactAndDeadLettersAThreeDecimalAmountNamingTheField() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("金某", "19810101"));
        CaseEvent largest = feed.event(UUID.randomUUID(), new CaseEventDetail.PaymentReceived(new BigDecimal("0.01"),
                PaymentSource.VOLUNTARY, "TR-largest"), Instant.now(), Money.MAX);
        CaseEvent tooFine = feed.event(UUID.randomUUID(), new CaseEventDetail.PaymentReceived(new BigDecimal("0.01"),
                PaymentSource.VOLUNTARY, "TR-too-fine"), Instant.now(), new BigDecimal("1000.001"));
        feed.produce(largest);
        feed.produce(tooFine);
        Api.awaitConsumed(feed.caseId, largest.eventId());

        BigDecimal owed = officer().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/sanctions/cases/" + feed.caseId).then().statusCode(200).extract().path("amountOwed");
        assertEquals(new BigDecimal("99999999999999.99"), owed);
        String reason = SanctionFeed.header(deadLettered(feed.caseId, 1).get(0), "dead-letter-reason");
        assertTrue(reason.startsWith("invalid CaseEvent: amountOwed"), reason);
        officer().get("/sanctions/cases/" + feed.caseId).then()
                .body("lastEventId", equalTo(largest.eventId().toString()));
    }

    @Test
    void appliesARedeliveredDecisionOnceAndSurvivesAPoisonRecord() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("李四", "19750505"));
        feed.produce(feed.caseId.toString(), "{not json", null, null);
        Api.awaitConsumed(feed.caseId, feed.filed());
        CaseEvent decision = feed.event(UUID.randomUUID(),
                feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-02"), Instant.now(),
                CaseFeed.OWED);
        feed.produce(decision);
        feed.produce(decision);
        UUID after = feed.freeze(0);
        Api.awaitConsumed(feed.caseId, after);

        officer().get("/listings?caseId=" + feed.caseId).then().body("$", hasSize(1));
        officer().get("/sanctions/cases/" + feed.caseId).then().body("enforcementMeasures", equalTo(true));
        assertEquals(List.of(SanctionChange.IMPOSED),
                SanctionFeed.history(feed.caseId).stream().map(SanctionEvent::change).toList(),
                "the redelivery is neither listed again nor refused as already listed");
        String reason = SanctionFeed.header(deadLettered(feed.caseId, 1).get(0), "dead-letter-reason");
        assertTrue(reason.startsWith("not a CaseEvent"), reason);
    }

    @Test
    void anEventIdSeenBeforeWithOtherContentGoesToTheDeadLetterTopicNamingTheOriginalAndChangesNothing() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("王某", "19760606"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        UUID id = UUID.randomUUID();
        Instant at = Instant.now();
        feed.produce(feed.event(id, feed.listing(0, ListingGround.EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY, 24,
                "2026-11-02"), at,
                CaseFeed.OWED));
        feed.produce(feed.event(id, feed.listing(0, ListingGround.OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS, 60,
                "2026-11-02"), at, CaseFeed.OWED));

        String reason = SanctionFeed.header(deadLettered(feed.caseId, 1).get(0), "dead-letter-reason");
        assertEquals("conflicting-duplicate: event " + id + " was accepted before with other content", reason);
        officer().get("/listings?caseId=" + feed.caseId).then().body("$", hasSize(1))
                .body("[0].ground", equalTo(3)).body("[0].periodMonths", equalTo(24));
        assertEquals(1, SanctionFeed.history(feed.caseId).size());
    }

    @Test
    void kindsCreditIgnoresAreSkippedByTheirTypeWithoutBeingRead() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("赵某", "19770707"));
        feed.filed();
        feed.produce(feed.caseId.toString(), "{not even json", CaseEventKind.ASSET_INQUIRY_REQUESTED.ceType(),
                UUID.randomUUID().toString());
        feed.produce(feed.caseId.toString(), "{poison", null, null);
        Api.awaitConsumed(feed.caseId, feed.freeze(0));

        List<ConsumerRecord<String, String>> dead = deadLettered(feed.caseId, 1);
        assertEquals(1, dead.size(), "only the record without a type was read, and refused");
        assertEquals("{poison", dead.get(0).value());
    }

    /**
     * 电子签章: a court whose key credit knows must seal its decisions. Court C399981 (a key of this test only, written
     * to the key directory the service reads on a miss): its sealed filing is taken; a listing altered after sealing,
     * one sealed with another court's key and an unsealed one are dead-lettered with the reason, and nobody is listed.
     */
    @Test
    void aListingWithoutItsCourtsValidSealListsNobodyAndIsDeadLetteredWithTheReason() throws Exception {
        String court = "C399981";
        cn.lianxi.evidence.SealKey key = cn.lianxi.evidence.SealKeys.generate(court, cn.lianxi.evidence.SealAlgorithm.ES256);
        java.nio.file.Path dir = java.nio.file.Path.of("target/test-seals");
        java.nio.file.Files.createDirectories(dir);
        cn.lianxi.evidence.SealKeys.write(dir, key);
        cn.lianxi.evidence.SealKey other = cn.lianxi.evidence.SealKeys.generate("C399982",
                cn.lianxi.evidence.SealAlgorithm.ES256);
        CaseFeed feed = new CaseFeed(kafka, court, CaseFeed.person("章某", "19790909"));
        CaseEvent filing = sealed(feed.event(UUID.randomUUID(), new CaseEventDetail.CaseFiled(
                java.time.LocalDate.of(2025, 6, 1), cn.lianxi.contracts.BasisType.JUDGMENT), Instant.now(),
                CaseFeed.OWED), key);
        feed.produce(filing);
        Api.awaitConsumed(feed.caseId, filing.eventId());

        CaseEventDetail listing = feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-02");
        CaseEvent altered = sealed(feed.event(UUID.randomUUID(), listing, Instant.now(), CaseFeed.OWED), key);
        altered = new CaseEvent(altered.eventId(), altered.caseId(), altered.courtCode(), altered.caseNumber(),
                altered.occurredAt(), altered.status(), new BigDecimal("1.00"), altered.amountRecovered(),
                altered.respondents(), altered.detail(), altered.seal());
        feed.produce(altered);
        feed.produce(sealed(feed.event(UUID.randomUUID(), listing, Instant.now(), CaseFeed.OWED), other));
        feed.produce(feed.event(UUID.randomUUID(), listing, Instant.now(), CaseFeed.OWED));

        List<String> reasons = deadLettered(feed.caseId, 3).stream()
                .map(r -> SanctionFeed.header(r, "dead-letter-reason")).toList();
        assertEquals(List.of("invalid-seal: the content does not match its seal (altered after sealing)",
                "invalid-seal: sealed by C399982, not by C399981", "invalid-seal: no seal"), reasons);
        officer().get("/listings?caseId=" + feed.caseId).then().body("$", hasSize(0));
    }

    private static CaseEvent sealed(CaseEvent event, cn.lianxi.evidence.SealKey key) {
        return event.withSeal(cn.lianxi.evidence.Seals.seal(key, cn.lianxi.evidence.Canonical.bytes(event)));
    }

    @Test
    void onlyOverseersAndOfficersReadCaseRecords() {
        given().when().get("/sanctions/cases/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC")).when().get("/sanctions/cases/" + UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/sanctions/cases/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** The dead-lettered records of the case once at least {@code count} are there (the key is kept). */
    private List<ConsumerRecord<String, String>> deadLettered(UUID caseId, int count) {
        var task = kafka.consumeStrings().fromTopics(DLQ);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream()
                    .filter(r -> caseId.toString().equals(r.key())).count() >= count);
            return task.getRecords().stream().filter(r -> caseId.toString().equals(r.key())).toList();
        } finally {
            task.stop();
        }
    }
}
