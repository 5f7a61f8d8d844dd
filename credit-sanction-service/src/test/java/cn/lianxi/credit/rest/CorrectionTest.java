package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import cn.lianxi.credit.TestClock;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Correction requests (纠正申请, 法释〔2017〕7号 arts. 11-12): decided within 15 days, overdue ones on the officer's list;
 * an upheld one corrects the entry or deletes the listing.
 */
@QuarkusTest
class CorrectionTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String listedRespondent() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("郑某", "19820202"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        return Api.impose(feed.caseId, feed.respondentId(0), 5);
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 12: the court examines a correction request within 15 days of receipt")
    void aRequestIsDueFifteenDaysAfterReceiptAndShowsOverdueAfterwards() {
        String listing = listedRespondent();
        String id = officer().body(Map.of("kind", "CIRCUMSTANCES_REMOVED", "statement", "已履行和解协议",
                "receivedOn", "2026-11-10")).post("/listings/" + listing + "/corrections")
                .then().statusCode(201).body("dueBy", equalTo("2026-11-25")).extract().path("id");

        clock.setChinaTime(LocalDate.of(2026, 11, 25).atTime(17, 0));
        officer().get("/listings/corrections?overdue=true").then().statusCode(200).body("id", not(hasItem(id)));
        clock.setChinaTime(LocalDate.of(2026, 11, 26).atTime(9, 0));
        officer().get("/listings/corrections?overdue=true").then().statusCode(200).body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.overdue", equalTo(true));

        officer().body(Map.of("approve", false)).post("/listings/corrections/" + id + "/decision")
                .then().statusCode(400).spec(Problems.of(ProblemType.DECISION_REASON_REQUIRED, 400));
        officer().body(Map.of("approve", false, "reason", "失信情形未消除")).post("/listings/corrections/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("overdue", equalTo(false));
        officer().get("/listings/corrections?overdue=true").then().body("id", not(hasItem(id)));
        officer().get("/listings/" + listing).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 9 para. 2, art. 12: an upheld request about inaccurate information corrects the "
            + "entry and the listing stands")
    void spc2017Art12_anUpheldRequestAboutInaccurateInformationCorrectsTheEntry() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("郑某", "19820202"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        String listing = Api.impose(feed.caseId, feed.respondentId(0), 5);
        String id = request(listing, "INACCURATE_INFORMATION", "失信情形及文号记载有误");

        officer().body(Map.of("approve", true, "reason", "记载信息不准确")).post("/listings/corrections/" + id + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("corrected"));
        officer().body(Map.of("approve", true, "reason", "记载信息不准确",
                "corrected", Map.of("ground", 1, "documentNumber", "(2026)苏05执恢9号决定书")))
                .post("/listings/corrections/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("UPHELD")).body("effect", equalTo("CORRECTED"))
                .body("correctedFields", equalTo("ground,documentNumber")).body("effectDueBy", notNullValue());
        officer().get("/listings/" + listing).then().body("status", equalTo("ACTIVE"))
                .body("ground", equalTo(1)).body("documentNumber", equalTo("(2026)苏05执恢9号决定书"))
                .body("periodMonths", nullValue()).body("validUntil", nullValue());
        SanctionEvent changed = SanctionFeed.history(feed.caseId).get(1);
        assertEquals(SanctionChange.CHANGED, changed.change());
        assertEquals("CORRECTION: ground,documentNumber", changed.reason());
        assertEquals(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, changed.ground());
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 9 para. 1, art. 11(1), art. 12: an upheld request that the listing was wrong deletes it")
    void spc2017Art12_anUpheldRequestThatTheListingWasWrongDeletesIt() {
        String listing = listedRespondent();
        String id = request(listing, "SHOULD_NOT_BE_LISTED", "不应纳入");
        officer().body(Map.of("approve", true, "reason", "不应纳入", "corrected", Map.of("documentNumber", "X")))
                .post("/listings/corrections/" + id + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("corrected"));
        officer().body(Map.of("approve", true, "reason", "不应纳入")).post("/listings/corrections/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("UPHELD")).body("effect", equalTo("DELETED"));
        officer().get("/listings/" + listing).then().body("status", equalTo("LIFTED"))
                .body("liftReason", equalTo("CORRECTION"));
        officer().body(Map.of("kind", "INACCURATE_INFORMATION", "statement", "再次申请",
                "receivedOn", LocalDate.now(PlatformClock.ZONE).minusDays(1).toString())).post("/listings/" + listing + "/corrections")
                .then().statusCode(409).spec(Problems.of(ProblemType.NOT_ACTIVE, 409));
    }

    private static String request(String listing, String kind, String statement) {
        return officer().body(Map.of("kind", kind, "statement", statement,
                "receivedOn", LocalDate.now(PlatformClock.ZONE).minusDays(1).toString()))
                .post("/listings/" + listing + "/corrections").then().statusCode(201).extract().path("id");
    }
}
