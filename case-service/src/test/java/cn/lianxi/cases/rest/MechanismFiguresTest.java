package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The office's figures count the mechanisms per court and state (the measures by kind among them): a freeze ordered
 * is one more PENDING freeze, its bank's answer moves it to ANSWERED.
 */
@QuarkusTest
class MechanismFiguresTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    static long count(String kind, String state) {
        List<Integer> n = given().auth().oauth2(Tokens.withRole("jm-office")).queryParam("court", SUZHOU)
                .when().get("/cases/stats").then().statusCode(200).extract().jsonPath()
                .getList("mechanismsByCourt.findAll { it.mechanism == 'MEASURE' && it.kind == '" + kind
                        + "' && it.state == '" + state + "' }.count");
        return n.isEmpty() ? 0 : n.get(0);
    }

    @Test
    @DisplayName("the figures count a court's measures by kind and state, as they move")
    void measuresAreCountedByKindAndState() throws Exception {
        long pending = count("FREEZE", "PENDING");
        long answered = count("FREEZE", "ANSWERED");
        String number = Fixtures.caseNumber();
        String freezeId = Fixtures.eventId();
        String id = Fixtures.submit(SUZHOU, List.of(filing(SUZHOU, number, "1000.00"),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "eventId", freezeId, "bankCode", "ICBC",
                        "accountNumber", "6222-F", "amount", "600.00"))).statusCode(200)
                .extract().path("results[0].caseId");
        assertEquals(pending + 1, count("FREEZE", "PENDING"));

        Fixtures.outcome(kafka, mapper, new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(id),
                SUZHOU, "BANK-ICBC", ReferralKind.FREEZE, OutcomeType.FREEZE_QUEUED, Instant.now(), null, null,
                null, null, freezeId, null));
        assertEquals(pending, count("FREEZE", "PENDING"));
        assertEquals(answered + 1, count("FREEZE", "ANSWERED"));
    }
}
