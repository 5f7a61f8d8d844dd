package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.TestClock;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Correction requests (纠正申请): decided within 15 days, overdue ones on the officer's list. */
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
    void anUpheldRequestLiftsTheListing() {
        String listing = listedRespondent();
        String id = officer().body(Map.of("kind", "INACCURATE_INFORMATION", "statement", "身份信息有误",
                "receivedOn", LocalDate.now(PlatformClock.ZONE).minusDays(1).toString())).post("/listings/" + listing + "/corrections")
                .then().statusCode(201).extract().path("id");
        officer().body(Map.of("approve", true, "reason", "记载信息不准确")).post("/listings/corrections/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("UPHELD"));
        officer().get("/listings/" + listing).then().body("status", equalTo("LIFTED"))
                .body("liftReason", equalTo("CORRECTION"));
        officer().body(Map.of("kind", "INACCURATE_INFORMATION", "statement", "再次申请",
                "receivedOn", LocalDate.now(PlatformClock.ZONE).minusDays(1).toString())).post("/listings/" + listing + "/corrections")
                .then().statusCode(409).spec(Problems.of(ProblemType.NOT_ACTIVE, 409));
    }
}
