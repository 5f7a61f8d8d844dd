package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SECOND_JUDGE;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.cases.RoundEndFixtures;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Exit bans (限制出境, 民事诉讼法 2023 art. 266), the judicial auction hand-off (网络司法拍卖, 法释〔2016〕18号) with a sale as
 * a receipt in the ledger, and the cancellation (撤销) of a measure not yet answered under a second judge's approval.
 */
@QuarkusTest
class PersonAndAssetMeasuresTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    private static ValidatableResponse post(String token, String id, String action, Map<String, Object> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/cases/" + id + "/" + action).then();
    }

    private static ValidatableResponse judge(String id, String action, Map<String, Object> body) {
        return post(Tokens.judge(SUZHOU), id, action, body);
    }

    /** The {@code requestId} (event id) of the case's last timeline entry of {@code kind}. */
    private static String lastRequest(String id, String kind) {
        JsonPath timeline = Fixtures.timeline(id);
        return timeline.getString("eventId[" + timeline.getList("kind").lastIndexOf(kind) + "]");
    }

    private static ReferralOutcome outcome(String caseId, String requestId, ReferralKind kind, OutcomeType type,
            String amount, ReferralResult result) {
        return new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(caseId), SUZHOU,
                kind == ReferralKind.JUDICIAL_AUCTION ? "AUCTION-JD" : "POLICE-320500", kind, type, Instant.now(),
                amount == null ? null : Money.of(amount), result, null, null, requestId, null);
    }

    private static Map<String, Object> auction(String reserve) {
        return new HashMap<>(Map.of("assetDescription", "苏州市姑苏区某路1号商铺",
                "reservePrice", new java.math.BigDecimal(reserve), "legalBasis", Fixtures.NOTICE));
    }

    @Test
    void exitBanIsPublishedForThePoliceAndTheirRefusalLandsOnTheTimeline_minsusufa266() throws Exception {
        String id = RoundEndFixtures.file(LocalDate.now().minusDays(3), "1000.00");
        post(Tokens.judge(GUSU), id, "exit-bans", Map.of("legalBasis", Fixtures.NOTICE)).statusCode(404);
        post(Tokens.courtClerk(SUZHOU), id, "exit-bans", Map.of("legalBasis", Fixtures.NOTICE)).statusCode(403);
        judge(id, "exit-bans", Map.of("reason", "多次出境且拒不履行")).statusCode(400);
        judge(id, "exit-bans", Map.of("legalBasis", Fixtures.NOTICE, "reason", "多次出境且拒不履行")).statusCode(200);
        String requestId = lastRequest(id, "EXIT_BAN_ORDERED");
        JsonPath published = JsonPath.from(Fixtures.caseEvents(kafka, id, 2).stream()
                .filter(r -> r.value().contains("EXIT_BAN_ORDERED")).findFirst().orElseThrow().value());
        assertEquals(requestId, published.getString("detail.requestId"));
        assertEquals(Fixtures.ADULT_ID, published.getString("detail.respondent.idNumber"));

        Fixtures.outcome(kafka, mapper, outcome(id, requestId, ReferralKind.EXIT_BAN, OutcomeType.EXIT_BAN_REFUSED,
                null, new ReferralResult.ExitBan(ReferralResult.ExitBan.Decision.REFUSED, null, "被执行人无出入境证件")));
        JsonPath timeline = Fixtures.timeline(id);
        List<String> summaries = timeline.getList("summary");
        assertTrue(summaries.get(summaries.size() - 1).contains("被执行人无出入境证件"), summaries.toString());
        // a refused ban holds nothing to lift
        judge(id, "exit-ban-liftings", Map.of("exitBanRequestId", requestId, "legalBasis", Fixtures.NOTICE))
                .statusCode(409).body("errors[0].field", equalTo("exitBanRequestId"));
    }

    @Test
    void anAuctionSaleIsAReceiptOfItsExactPrice_fashi2016_18() throws Exception {
        String id = RoundEndFixtures.file(LocalDate.now().minusDays(3), "200000.00");
        judge(id, "auction-handoffs", auction("100000.001")).statusCode(400)
                .body("errors[0].field", equalTo("reservePrice"));
        judge(id, "auction-handoffs", auction("100000.00")).statusCode(200);
        String requestId = lastRequest(id, "AUCTION_HANDOFF_ORDERED");
        Fixtures.outcome(kafka, mapper, outcome(id, requestId, ReferralKind.JUDICIAL_AUCTION, OutcomeType.AUCTION_SOLD,
                "123456.78", new ReferralResult.Auction(ReferralResult.Auction.Result.SOLD, Money.of("123456.78"),
                        "王**", LocalDate.now(), "JD-PM-1", null)));
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("123456.78"));
        List<String> summaries = Fixtures.timeline(id).getList("summary");
        assertTrue(summaries.get(summaries.size() - 1).contains("王**"), summaries.toString());
    }

    @Test
    void cancellingAMeasureNeedsASecondJudgeAndAnAnsweredOneStands() throws Exception {
        String id = RoundEndFixtures.file(LocalDate.now().minusDays(3), "200000.00");
        judge(id, "auction-handoffs", auction("50000.00")).statusCode(200);
        String first = lastRequest(id, "AUCTION_HANDOFF_ORDERED");
        judge(id, "measure-cancellations", Map.of("requestId", "no-such-order", "reason", "案外人异议成立"))
                .statusCode(400).body("errors[0].field", equalTo("requestId"));

        String approval = judge(id, "measure-cancellations", Map.of("requestId", first, "reason", "案外人异议成立"))
                .statusCode(202).body("action", equalTo("MEASURE_CANCELLATION")).extract().path("id");
        given().auth().oauth2(Tokens.judge(SUZHOU)).when().post("/approvals/" + approval + "/approval").then()
                .statusCode(403).spec(Problems.of(ProblemType.SELF_APPROVAL, 403));
        assertTrue(!Fixtures.timelineKinds(id).contains("MEASURE_CANCELLED"));
        given().auth().oauth2(Tokens.judge(SUZHOU, SECOND_JUDGE)).when().post("/approvals/" + approval + "/approval")
                .then().statusCode(200);
        assertTrue(Fixtures.timelineKinds(id).contains("MEASURE_CANCELLED"));
        JsonPath cancelled = JsonPath.from(Fixtures.caseEvents(kafka, id, 3).stream()
                .filter(r -> r.value().contains("MEASURE_CANCELLED")).findFirst().orElseThrow().value());
        assertEquals(first, cancelled.getString("detail.requestId"));
        assertEquals(SECOND_JUDGE, cancelled.getString("detail.approvedBy"));
        judge(id, "measure-cancellations", Map.of("requestId", first, "reason", "再次撤销")).statusCode(409)
                .body("errors[0].field", equalTo("requestId"));

        judge(id, "auction-handoffs", auction("60000.00")).statusCode(200);
        String second = lastRequest(id, "AUCTION_HANDOFF_ORDERED");
        Fixtures.outcome(kafka, mapper, outcome(id, second, ReferralKind.JUDICIAL_AUCTION, OutcomeType.AUCTION_UNSOLD,
                null, new ReferralResult.Auction(ReferralResult.Auction.Result.UNSOLD, null, null, null, null, null)));
        judge(id, "measure-cancellations", Map.of("requestId", second, "reason", "流拍后撤回")).statusCode(409)
                .spec(Problems.of(ProblemType.ALREADY_ANSWERED, 409)).body("errors[0].field", equalTo("requestId"))
                .body("detail", containsString("AUCTION_UNSOLD"));
    }
}
