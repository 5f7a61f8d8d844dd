package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Topics;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.evidence.Seals;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * 电子签章: a freeze a judge orders over HTTP goes out on {@code enforcement.cases.v1} sealed by the court, checked as an
 * agency or auditor would, with nothing but the published record and the court's public key from
 * {@code GET /seals/keys}; changing any field of the event after sealing breaks the seal.
 */
@QuarkusTest
class CourtSealTest {

    private static final String FREEZE_ORDERED = "cn.lianxi.case.freeze-ordered.v1";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    /** The court's public key as case-service serves it to anyone. */
    static SealKeys publishedKey(String court) {
        List<Map<String, String>> keys = given().when().get("/seals/keys").then().statusCode(200).extract()
                .jsonPath().getList("");
        Map<String, String> key = keys.stream().filter(k -> court.equals(k.get("keyId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no key of " + court + " among " + keys));
        return SealKeys.of(List.of(SealKeys.fromPublicPem(court, key.get("publicKeyPem"))));
    }

    static SealCheck check(CaseEvent event, SealKeys keys) {
        return Seals.verify(event.seal(), Canonical.bytes(event.withSeal(null)), event.courtCode(), keys);
    }

    @Test
    @DisplayName("电子签章: the freeze's case event carries the court's seal; any change of the event breaks it")
    void aFreezeOrderedByHttpIsSealedByTheCourtAndAnyChangeBreaksTheSeal() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1000.00");
        given().auth().oauth2(Tokens.judge(SUZHOU)).contentType(ContentType.JSON)
                .body(Fixtures.basis("freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "6222-SEAL",
                        "amount", "600.00")))
                .when().post("/cases/" + id + "/freeze-orders").then().statusCode(200);

        String published = Fixtures.records(kafka, Topics.ENFORCEMENT_CASES,
                r -> id.equals(r.key()) && FREEZE_ORDERED.equals(Fixtures.header(r, "ce_type")), 1).get(0).value();
        CaseEvent event = mapper.readValue(published, CaseEvent.class);
        SealKeys court = publishedKey(SUZHOU);

        SealCheck sealed = check(event, court);
        assertEquals(SealCheck.Outcome.VALID, sealed.outcome(), sealed.reason());
        CaseEventDetail.FreezeOrdered freeze = (CaseEventDetail.FreezeOrdered) event.detail();
        CaseEventDetail.AccountOrder o = freeze.order();
        List<UnaryOperator<CaseEvent>> alterations = List.of(
                e -> new CaseEvent(e.eventId(), e.caseId(), e.courtCode(), e.caseNumber() + "x", e.occurredAt(),
                        e.status(), e.amountOwed(), e.amountRecovered(), e.respondents(), e.detail(), e.seal()),
                e -> new CaseEvent(e.eventId(), e.caseId(), e.courtCode(), e.caseNumber(),
                        e.occurredAt().plus(Duration.ofSeconds(1)), e.status(), e.amountOwed(), e.amountRecovered(),
                        e.respondents(), e.detail(), e.seal()),
                e -> new CaseEvent(e.eventId(), e.caseId(), e.courtCode(), e.caseNumber(), e.occurredAt(), e.status(),
                        new BigDecimal("1000.01"), e.amountRecovered(), e.respondents(), e.detail(), e.seal()),
                e -> new CaseEvent(e.eventId(), e.caseId(), e.courtCode(), e.caseNumber(), e.occurredAt(), e.status(),
                        e.amountOwed(), e.amountRecovered(), e.respondents(), new CaseEventDetail.FreezeOrdered(
                                new CaseEventDetail.AccountOrder(o.respondent(), o.bankCode(), o.agencyId(),
                                        o.accountNumber(), new BigDecimal("6000.00"), o.requestId(),
                                        o.freezeRequestId(), o.orderedBy(), o.legalBasis())), e.seal()));
        for (UnaryOperator<CaseEvent> alter : alterations) {
            SealCheck altered = check(alter.apply(event), court);
            assertEquals(SealCheck.Outcome.MISMATCH, altered.outcome(), altered.reason());
        }

        List<Map<String, Object>> timeline = Fixtures.timeline(id).getList("");
        Map<String, Object> entry = timeline.stream().filter(t -> "FREEZE_ORDERED".equals(t.get("kind"))).findFirst()
                .orElseThrow();
        assertEquals(SUZHOU, entry.get("sealedBy"), "the timeline names the court whose seal the event carries");
    }
}
