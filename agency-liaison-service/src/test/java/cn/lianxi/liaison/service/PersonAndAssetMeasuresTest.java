package cn.lianxi.liaison.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEventDetail.AuctionHandoffOrdered;
import cn.lianxi.contracts.CaseEventDetail.CaseConcluded;
import cn.lianxi.contracts.CaseEventDetail.ExitBanOrdered;
import cn.lianxi.contracts.CaseEventDetail.MeasureCancelled;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.Measures;
import cn.lianxi.liaison.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Exit bans (限制出境, 民事诉讼法 2023 art. 266) through the police, judicial auctions (网络司法拍卖, 法释〔2016〕18号) through
 * the auction platform, and the court's cancellation (撤销) of a measure not yet answered.
 */
@QuarkusTest
class PersonAndAssetMeasuresTest {

    static final String PLATFORM = "AUCTION-JD";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Test
    @DisplayName("限制出境: the police of the court's jurisdiction get it, answer it typed, and performance lifts it (法释〔2008〕13号 art. 38)")
    void exitBanGoesToThePoliceAndPerformanceLiftsIt_minsusufa266() {
        UUID caseId = UUID.randomUUID();
        String requestId = "REQ-EB-" + caseId;
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, new ExitBanOrdered(CaseEvents.RESPONDENT, requestId,
                CaseEvents.OFFICER, CaseEvents.NOTICE, "多次出境且拒不履行"));
        JsonPath ban = Measures.referral(Agencies.POLICE, caseId, "EXIT_BAN");
        assertEquals(requestId, ban.getString("payload.requestId"));
        assertEquals(CaseEvents.RESPONDENT_ID, ban.getString("payload.respondent.idNumber"));
        String id = ban.getString("id");
        // another agency sees nothing of it
        given().auth().oauth2(Agencies.token(Agencies.PROC)).when().get("/inbox/" + id).then().statusCode(403);

        Referrals.answer(Agencies.POLICE, id, Map.of("type", "EXIT_BAN", "decision", "REFUSED")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Referrals.answer(Agencies.POLICE, id, Map.of("type", "EXIT_BAN", "decision", "REGISTERED",
                "borderControlReference", "BK-2026-0001")).statusCode(200);
        JsonPath registered = Measures.outcomesOf(kafka, caseId, "EXIT_BAN_REGISTERED", 1).get(0);
        assertEquals(requestId, registered.getString("requestId"));
        assertEquals("BK-2026-0001", registered.getString("result.borderControlReference"));

        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU,
                new CaseConcluded(ConclusionType.FULL_PERFORMANCE, "全部履行完毕"));
        JsonPath lifting = Measures.referral(Agencies.POLICE, caseId, "EXIT_BAN_LIFTING");
        assertEquals("exit-ban-lifting:" + requestId, lifting.getString("payload.requestId"));
        Referrals.answer(Agencies.POLICE, lifting.getString("id"), Map.of("type", "EXIT_BAN", "decision", "LIFTED"))
                .statusCode(200);
        Measures.outcomesOf(kafka, caseId, "EXIT_BAN_LIFTED", 1);
    }

    @Test
    @DisplayName("网络司法拍卖: the platform pulls the hand-off with its reserve price; no sale below it; a sale is published with its price")
    void auctionHandOffGoesToThePlatformAndASaleCarriesItsPrice_fashi2016_18() {
        UUID caseId = UUID.randomUUID();
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, auction(caseId, "100000.00"));
        JsonPath handOff = Measures.referral(PLATFORM, caseId, "JUDICIAL_AUCTION");
        assertEquals(0, new BigDecimal("100000.00").compareTo(new BigDecimal(handOff.getString("payload.amount"))));
        assertEquals("苏州市姑苏区某路1号商铺", handOff.getString("payload.note"));
        String id = handOff.getString("id");
        given().auth().oauth2(Agencies.token(Agencies.ICBC)).when().get("/inbox/" + id).then().statusCode(403);

        Referrals.answer(PLATFORM, id, sold("99999.99")).statusCode(400).body("errors[0].field", equalTo("price"));
        Referrals.answer(PLATFORM, id, sold("123456.78")).statusCode(200);
        JsonPath outcome = Measures.outcomesOf(kafka, caseId, "AUCTION_SOLD", 1).get(0);
        assertEquals(Money.of("123456.78"), Referrals.amount(outcome.prettify(), "amount"));
        assertEquals("王**", outcome.getString("result.buyer"));
    }

    @Test
    @DisplayName("撤销: a cancelled measure leaves the agency's queue; one already answered is not cancelled and the court hears why")
    void aCancelledMeasureLeavesTheQueueAndAnAnsweredOneIsRefused() {
        UUID caseId = UUID.randomUUID();
        AuctionHandoffOrdered order = auction(caseId, "50000.00");
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, order);
        String id = Measures.referral(PLATFORM, caseId, "JUDICIAL_AUCTION").getString("id");

        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, new MeasureCancelled(order.requestId(),
                ReferralKind.JUDICIAL_AUCTION, "案外人异议成立", "judge-a", "judge-b"));
        JsonPath cancelled = Measures.outcomesOf(kafka, caseId, "CANCELLED", 1).get(0);
        assertEquals(id, cancelled.getString("referralId"));
        assertTrue(cancelled.getString("reason").contains("approved by judge-b"), cancelled.getString("reason"));
        assertEquals("CANCELLED", Measures.view(PLATFORM, id).getString("status"));
        List<Object> queued = given().auth().oauth2(Agencies.token(PLATFORM)).queryParam("caseId", caseId)
                .queryParam("status", "QUEUED").when().get("/inbox").then().statusCode(200).extract().path("id");
        assertEquals(List.of(), queued);

        // a second hand-off, answered before the cancellation arrives: the answer stands, the court is told
        AuctionHandoffOrdered second = auction(caseId, "60000.00");
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, second);
        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(PLATFORM, caseId).size() >= 2);
        Referrals.answer(PLATFORM, otherOf(caseId, id), Map.of("type", "AUCTION", "result", "UNSOLD"))
                .statusCode(200);
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, new MeasureCancelled(second.requestId(),
                ReferralKind.JUDICIAL_AUCTION, "撤回", "judge-a", "judge-b"));
        JsonPath refused = Measures.outcomesOf(kafka, caseId, "UNROUTABLE", 1).get(0);
        assertTrue(refused.getString("reason").contains(second.requestId()), refused.getString("reason"));
    }

    private static String otherOf(UUID caseId, String not) {
        return (String) Agencies.inbox(PLATFORM, caseId).stream().filter(r -> !not.equals(r.get("id")))
                .findFirst().orElseThrow().get("id");
    }

    private static AuctionHandoffOrdered auction(UUID caseId, String reserve) {
        return new AuctionHandoffOrdered(CaseEvents.RESPONDENT, "REQ-AU-" + UUID.randomUUID(), "苏州市姑苏区某路1号商铺",
                Money.of(reserve), null, CaseEvents.OFFICER, CaseEvents.NOTICE);
    }

    private static Map<String, Object> sold(String price) {
        return Map.of("type", "AUCTION", "result", "SOLD", "price", new BigDecimal(price), "buyer", "王**",
                "closedOn", "2026-11-28", "platformReference", "JD-PM-0001");
    }
}
