package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The court side of a freeze's life: the bank's answers move the case's register of freezes and show on the
 * timeline in words; a renewal (续冻) names the freeze it extends and goes out as FREEZE_RENEWAL_ORDERED linked to it;
 * unfreezes and deductions are linked to their freeze, and refused when they name another account's.
 */
@QuarkusTest
class FreezeRenewalTest {

    static final String ACCOUNT = "6222-R";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    void outcome(String caseId, ReferralKind kind, OutcomeType type, String requestId, String amount,
            ReferralResult result) throws Exception {
        ReferralOutcome o = new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(caseId),
                SUZHOU, "BANK-ICBC", kind, type, Instant.now(), amount == null ? null : new BigDecimal(amount), result,
                null, null, requestId, null);
        Fixtures.outcome(kafka, mapper, o);
    }

    static ReferralResult.Freeze frozen(String amount, LocalDate until) {
        return new ReferralResult.Freeze(ACCOUNT, new BigDecimal(amount), until);
    }

    String lastSummary(String caseId) {
        List<String> summaries = Fixtures.timeline(caseId).getList("summary");
        return summaries.get(summaries.size() - 1);
    }

    @Test
    @DisplayName("续冻 (民诉法解释 art. 485): a renewal names its freeze, goes out linked to it; a lapsed one is gone")
    void aRenewalGoesOutLinkedToItsFreezeAndTheLifecycleIsOnTheTimeline() throws Exception {
        String number = Fixtures.caseNumber();
        String freezeId = Fixtures.eventId();
        String id = Fixtures.submit(SUZHOU, List.of(filing(SUZHOU, number, "1000.00"),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "eventId", freezeId, "bankCode", "ICBC",
                        "accountNumber", ACCOUNT, "amount", "600.00"))).statusCode(200)
                .body("accepted", equalTo(2)).extract().path("results[0].caseId");

        CaseTransitionsTest.post(id, "freeze-renewals", Map.of("freezeRequestId", freezeId)).statusCode(409)
                .spec(Problems.of(ProblemType.UNKNOWN_FREEZE, 409)).body("errors[0].field", equalTo("freezeRequestId"));
        LocalDate until = LocalDate.now().plusDays(300);
        outcome(id, ReferralKind.FREEZE, OutcomeType.FROZEN, freezeId, "550.00", frozen("550.00", until));
        assertEquals("协查结果 FREEZE → FROZEN: 550.00 CNY until " + until, lastSummary(id));

        CaseTransitionsTest.post(id, "freeze-renewals", Map.of("freezeRequestId", freezeId, "amount", "550.01"))
                .statusCode(409).spec(Problems.of(ProblemType.EXCESSIVE_FREEZE, 409))
                .body("errors[0].field", equalTo("amount"));
        CaseTransitionsTest.post(id, "freeze-renewals", Map.of("freezeRequestId", "EV-not-a-freeze")).statusCode(409)
                .spec(Problems.of(ProblemType.UNKNOWN_FREEZE, 409));
        CaseTransitionsTest.post(id, "freeze-renewals", Map.of("freezeRequestId", freezeId)).statusCode(200);

        JsonNode renewal = Fixtures.caseEvents(kafka, id, 4).stream()
                .filter(r -> "cn.lianxi.case.freeze-renewal-ordered.v1".equals(Fixtures.header(r, "ce_type")))
                .map(r -> Fixtures.json(r.value())).findFirst().orElseThrow();
        assertEquals("FREEZE_RENEWAL_ORDERED", renewal.path("kind").asText());
        JsonNode order = renewal.path("detail").path("order");
        assertEquals(freezeId, order.path("freezeRequestId").asText(), renewal.toString());
        assertEquals("ICBC", order.path("bankCode").asText());
        assertEquals(ACCOUNT, order.path("accountNumber").asText());
        assertEquals(new BigDecimal("550.00"), order.path("amount").decimalValue());
        String renewalId = order.path("requestId").asText();
        assertTrue(renewalId.startsWith("rest-"), renewalId);

        outcome(id, ReferralKind.FREEZE_RENEWAL, OutcomeType.FREEZE_RENEWED, renewalId, "550.00",
                frozen("550.00", until.plusDays(60)));
        assertEquals("续冻成功 freeze renewed: 550.00 CNY until " + until.plusDays(60) + " (order " + renewalId + ")",
                lastSummary(id));
        outcome(id, ReferralKind.FREEZE_RENEWAL, OutcomeType.FREEZE_EXPIRING, renewalId, null, null);
        assertTrue(lastSummary(id).startsWith("冻结即将到期 freeze expiring"), lastSummary(id));
        outcome(id, ReferralKind.FREEZE, OutcomeType.FREEZE_LAPSED, freezeId, null, null);
        assertEquals("冻结失效 freeze lapsed unrenewed (order " + freezeId + "): the account is no longer frozen",
                lastSummary(id));

        CaseTransitionsTest.post(id, "freeze-renewals", Map.of("freezeRequestId", freezeId)).statusCode(409)
                .spec(Problems.of(ProblemType.UNKNOWN_FREEZE, 409));
        // the lapsed freeze no longer counts against the debt: a new freeze up to the limit is allowed
        CaseTransitionsTest.post(id, "freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", ACCOUNT,
                "amount", "1150.00")).statusCode(200);
    }

    @Test
    void unfreezesAndDeductionsAreLinkedToTheirFreezeAndRefusedForAnotherAccountsFreeze() {
        String number = Fixtures.caseNumber();
        String first = Fixtures.eventId();
        String second = Fixtures.eventId();
        String id = Fixtures.submit(SUZHOU, List.of(filing(SUZHOU, number, "1000.00"),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "eventId", first, "bankCode", "ICBC",
                        "accountNumber", "6222-1", "amount", "300.00"),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "eventId", second, "bankCode", "BOC",
                        "accountNumber", "6222-2", "amount", "300.00"))).statusCode(200)
                .body("accepted", equalTo(3)).extract().path("results[0].caseId");

        CaseTransitionsTest.post(id, "unfreeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "6222-1",
                "freezeRequestId", second)).statusCode(409).spec(Problems.of(ProblemType.UNKNOWN_FREEZE, 409))
                .body("errors[0].field", equalTo("freezeRequestId"));
        CaseTransitionsTest.post(id, "deduction-orders", Map.of("bankCode", "BOC", "accountNumber", "6222-2",
                "amount", "100.00", "freezeRequestId", second)).statusCode(200);
        Fixtures.approved(id, CaseTransitionsTest.post(id, "unfreeze-orders", Map.of("bankCode", "ICBC",
                "accountNumber", "6222-1")));

        var timeline = Fixtures.timeline(id);
        assertEquals(second, timeline.getString("find { it.kind == 'DEDUCTION_ORDERED' }.detail.order.freezeRequestId"));
        assertEquals(first, timeline.getString("find { it.kind == 'UNFREEZE_ORDERED' }.detail.order.freezeRequestId"));
        given().auth().oauth2(cn.lianxi.testsupport.Tokens.courtClerk(SUZHOU)).contentType("application/json")
                .body(Map.of("freezeRequestId", first)).when().post("/cases/" + id + "/freeze-renewals")
                .then().statusCode(403);
    }
}
