package cn.lianxi.cases.messaging;

import static cn.lianxi.cases.Fixtures.ADULT_ID;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import static io.restassured.RestAssured.given;

/**
 * credit-sanction-service refuses a court's listing: the refusal, built as the contract record and written by this
 * service's mapper (the producing code is another service's), comes back on the case timeline as refused.
 */
@QuarkusTest
class SanctionConsumerTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    void publish(SanctionEvent e) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", e.ceType().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", e.eventId().toString().getBytes(StandardCharsets.UTF_8));
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.CREDIT_SANCTIONS, null,
                e.caseId().toString(), mapper.writeValueAsString(e), headers)).awaitCompletion(Duration.ofSeconds(10));
    }

    static SanctionEvent sanction(String caseId, SanctionChange change, String reason, UUID decisionEventId) {
        return new SanctionEvent(UUID.randomUUID(), change == SanctionChange.REFUSED ? null : UUID.randomUUID(),
                SanctionKind.DISHONEST_LISTING, change, UUID.fromString(caseId), SUZHOU, "张三", ADULT_ID,
                ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, List.of(), LocalDate.of(2024, 5, 1), null, reason,
                decisionEventId, Instant.now());
    }

    @Test
    void aRefusedListingAppearsOnTheTimelineAsRefusedOnceAndOtherChangesAreIgnored() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "100.00");
        given().auth().oauth2(Tokens.judge(SUZHOU)).contentType(ContentType.JSON)
                .body(java.util.Map.of("ground", 6, "periodMonths", 48, "decisionDate", "2024-05-01"))
                .when().post("/cases/" + id + "/dishonest-listings").then().statusCode(200);
        UUID decision = UUID.fromString(Fixtures.caseEvents(kafka, id, 2).stream()
                .filter(r -> "cn.lianxi.case.dishonest-listing-decided.v1".equals(Fixtures.header(r, "ce_type")))
                .findFirst().map(r -> Fixtures.header(r, "ce_id")).orElseThrow());

        String reason = "period-extension-not-allowed: only violence or threats allow more than 24 months";
        SanctionEvent refused = sanction(id, SanctionChange.REFUSED, reason, decision);
        publish(sanction(id, SanctionChange.IMPOSED, null, null));
        publish(refused);
        publish(refused);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Fixtures.timelineKinds(id).contains("SANCTION_REFUSED"));
        // a last marker on the same key shows the redelivered refusal was consumed (and skipped) before it
        SanctionEvent marker = sanction(id, SanctionChange.REFUSED, "minor-not-listable: a minor", decision);
        publish(marker);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Fixtures.timelineKinds(id).stream().filter("SANCTION_REFUSED"::equals).count() == 2);

        assertEquals(List.of("CASE_FILED", "DISHONEST_LISTING_DECIDED", "SANCTION_REFUSED", "SANCTION_REFUSED"),
                Fixtures.timelineKinds(id));
        JsonPath timeline = Fixtures.timeline(id);
        assertEquals("失信/限消 决定被拒 refused: " + reason, timeline.getString("summary[2]"));
        assertEquals(refused.eventId().toString(), timeline.getString("eventId[2]"));
        assertEquals(decision.toString(), timeline.getString("detail[2].decisionEventId"));
        assertEquals("DISHONEST_LISTING", timeline.getString("detail[2].sanction"));
        assertEquals(reason, timeline.getString("detail[2].reason"));
        String body = given().auth().oauth2(Tokens.judge(SUZHOU)).when().get("/cases/" + id + "/timeline")
                .then().extract().asString();
        assertFalse(body.substring(body.indexOf("SANCTION_REFUSED")).contains(ADULT_ID), body);
    }

    @Test
    void aLiftingByCreditRepairAppearsOnTheTimelineAndOtherLiftingsAreIgnored() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "100.00");
        UUID repair = UUID.randomUUID();
        SanctionEvent repaired = sanction(id, SanctionChange.LIFTED, "CREDIT_REPAIR", null).byRepair(repair);
        publish(sanction(id, SanctionChange.LIFTED, "ACTIVE_PERFORMANCE", null));
        publish(repaired);
        publish(repaired);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Fixtures.timelineKinds(id).contains("CREDIT_REPAIR_LIFTED"));
        // a marker on the same key shows the redelivered lifting was consumed (and skipped) before it
        publish(sanction(id, SanctionChange.REFUSED, "minor-not-listable: a minor", UUID.randomUUID()));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Fixtures.timelineKinds(id).contains("SANCTION_REFUSED"));

        assertEquals(List.of("CASE_FILED", "CREDIT_REPAIR_LIFTED", "SANCTION_REFUSED"), Fixtures.timelineKinds(id));
        JsonPath timeline = Fixtures.timeline(id);
        assertEquals(repair.toString(), timeline.getString("detail[1].repairId"));
        assertEquals("DISHONEST_LISTING", timeline.getString("detail[1].sanction"));
        assertEquals(repaired.sanctionId().toString(), timeline.getString("detail[1].sanctionId"));
    }
}
