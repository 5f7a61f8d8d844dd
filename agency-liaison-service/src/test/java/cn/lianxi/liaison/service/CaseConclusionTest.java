package cn.lianxi.liaison.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEventDetail.CaseConcluded;
import cn.lianxi.contracts.CaseEventDetail.DeductionOrdered;
import cn.lianxi.contracts.CaseEventDetail.FreezeOrdered;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.Measures;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.liaison.Sweeps;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class CaseConclusionTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    MutableClock clock;

    @Inject
    DeadlineService deadlines;

    @Test
    @DisplayName("A conclusion cancels the case's open referrals: pull inbox, push dispatch, timeline; no escalation")
    void aConclusionCancelsOpenReferralsPullAndPush() {
        String pullBank = Agencies.newBank("PULL");
        String pushBank = Agencies.newBank("KAFKA");
        UUID caseId = UUID.randomUUID();
        String account = Measures.account();
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, new FreezeOrdered(
                Measures.order(pullBank, account, "1000.00", "REQ-F-" + UUID.randomUUID(), null)));
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, new FreezeOrdered(
                Measures.order(pullBank, Measures.account(), "500.00", "REQ-F-" + UUID.randomUUID(), null)));
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, new DeductionOrdered(
                Measures.order(pushBank, Measures.account(), "800.00", "REQ-D-" + UUID.randomUUID(), null)));
        String pushed = Measures.referral(pushBank, caseId, "DEDUCTION").getString("id");
        List<String> pulled = awaitInbox(pullBank, caseId, 2);
        // one freeze is answered before the conclusion: it is not withdrawn
        String answered = pulled.get(0);
        String open = pulled.get(1);
        String answeredAccount = Measures.view(pullBank, answered).getString("payload.accountNumber");
        Referrals.answer(pullBank, answered, Measures.freezeAnswer(answeredAccount,
                Measures.view(pullBank, answered).get("payload.amount").toString(),
                PlatformClock.today(clock).plusDays(100))).statusCode(200);
        given().auth().oauth2(Agencies.token(pullBank)).when().post("/inbox/" + open + "/acknowledgement")
                .then().statusCode(200);

        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU,
                new CaseConcluded(ConclusionType.FULL_PERFORMANCE, "全部履行完毕"));

        List<JsonPath> cancelled = Measures.outcomesOf(kafka, caseId, "CANCELLED", 2);
        assertEquals(Set.of(open, pushed), cancelled.stream().map(j -> j.getString("referralId"))
                .collect(Collectors.toSet()));
        assertTrue(cancelled.get(0).getString("reason").contains("FULL_PERFORMANCE"), cancelled.get(0).getString("reason"));

        // pull: shown cancelled, never handed out again, its answer refused
        JsonPath view = Measures.view(pullBank, open);
        assertEquals("CANCELLED", view.getString("status"));
        assertEquals("CANCELLED", view.getString("outcome"));
        assertTrue(view.getString("cancelReason").contains("全部履行完毕"));
        assertEquals("ANSWERED", Measures.view(pullBank, answered).getString("status"));
        given().auth().oauth2(Agencies.token(pullBank)).queryParam("status", "CANCELLED").queryParam("caseId", caseId)
                .when().get("/inbox").then().statusCode(200).body("id", equalTo(List.of(open)));
        given().auth().oauth2(Agencies.token(pullBank)).queryParam("status", "QUEUED").queryParam("caseId", caseId)
                .when().get("/inbox").then().statusCode(200).body("id", not(hasItem(open)));
        given().auth().oauth2(Agencies.token(pullBank)).queryParam("max", 10).when().post("/inbox/claims")
                .then().statusCode(200).body("id", not(hasItem(open)));
        Referrals.answer(pullBank, open, Measures.freezeAnswer(account, "1000.00",
                PlatformClock.today(clock).plusDays(100))).statusCode(409)
                .body("type", equalTo(ProblemType.REFERRAL_CLOSED.uri().toString()));

        // push: the agency gets the cancellation on its dispatch topic, after the dispatch it withdraws
        List<ConsumerRecord<String, String>> dispatches = Referrals.ofKey(kafka, Topics.referralDispatch(pushBank, "deduction"),
                pushBank, 2);
        JsonPath first = JsonPath.from(dispatches.get(0).value());
        JsonPath withdrawal = JsonPath.from(dispatches.get(1).value());
        assertNull(first.get("cancelledAt"));
        assertEquals(pushed, withdrawal.getString("referralId"));
        assertTrue(withdrawal.getString("cancelReason").contains("FULL_PERFORMANCE"));
        assertTrue(withdrawal.getString("cancelledAt") != null);
        assertFalse(first.getString("eventId").equals(withdrawal.getString("eventId")));
        assertEquals("CANCELLED", Measures.view(pushBank, pushed).getString("status"));

        // escalation stops: past their due time the sweep leaves them alone
        clock.advance(Duration.ofHours(50));
        Sweeps.run(deadlines);
        assertNull(Measures.view(pullBank, open).get("escalatedAt"));
        Measures.noOutcome(kafka, caseId, "ESCALATED");
    }

    private static List<String> awaitInbox(String bank, UUID caseId, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Agencies.inbox(bank, caseId).size() >= count);
        return Agencies.inbox(bank, caseId).stream().map(r -> (String) r.get("id")).toList();
    }
}
