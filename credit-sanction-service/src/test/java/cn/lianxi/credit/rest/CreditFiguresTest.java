package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.TestClock;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The credit figures of a period (信用惩戒统计, {@code GET /credit-stats/figures}): listings, their deletions on time
 * and late, restrictions and credit repairs of one court, each counted by its moment in the UTC period, none outside.
 */
@QuarkusTest
class CreditFiguresTest {

    /** A court of this test only, so the figures are exactly what it did. */
    private final String court = "C39" + ThreadLocalRandom.current().nextInt(1000, 10000);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Instant china(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(PlatformClock.ZONE).toInstant();
    }

    private void at(int month, int day, int hour, int minute) {
        clock.setChinaTime(LocalDateTime.of(2026, month, day, hour, minute));
    }

    private ValidatableResponse figures(String token, String from, String to) {
        return given().auth().oauth2(token).get("/credit-stats/figures?from=" + from + "&to=" + to).then();
    }

    private ValidatableResponse courtFigures(String from, String to) {
        return figures(Tokens.withRole("jm-office"), from, to).statusCode(200)
                .body("from", equalTo(from)).body("to", equalTo(to))
                .rootPath("courts.find { it.courtCode == '" + court + "' }");
    }

    private static void repair(CaseFeed feed, int respondent, boolean approve) {
        String id = officer().body(Map.of("caseId", feed.caseId.toString(), "idNumber", feed.respondentId(respondent),
                "statement", "已全部履行")).post("/credit-repairs").then().statusCode(201).extract().path("id");
        if (approve) {
            officer().body(Map.of("approve", true, "reason", "债务已履行完毕，符合修复条件"))
                    .post("/credit-repairs/" + id + "/decision").then().statusCode(200);
        } else {
            officer().body(Map.of("approve", false, "reason", "申请材料不全"))
                    .post("/credit-repairs/" + id + "/decision").then().statusCode(200);
        }
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10: the period's listings, deletions on time and late, restrictions and repairs "
            + "of a court, counted by their UTC moment, and not one outside the period")
    void spc2017Art10_theFiguresCountExactlyWhatHappenedInThePeriod() {
        at(2, 26, 10, 0);
        CaseFeed late = new CaseFeed(kafka, court, CaseFeed.person("甲某", "19800101"));
        Api.awaitConsumed(late.caseId, late.filed());
        CaseFeed onTime = new CaseFeed(kafka, court, CaseFeed.person("乙某", "19810202"));
        Api.awaitConsumed(onTime.caseId, onTime.filed());
        CaseFeed boundary = new CaseFeed(kafka, court, CaseFeed.person("丙某", "19820303"),
                CaseFeed.person("丁某", "19830404"));
        Api.awaitConsumed(boundary.caseId, boundary.filed());
        Api.postListing(Api.listing(late.caseId, late.respondentId(0), 1, null, "2026-02-20")).statusCode(201);

        at(3, 5, 10, 0);
        Api.postListing(Api.listing(onTime.caseId, onTime.respondentId(0), 1, null, "2026-03-02")).statusCode(201);
        officer().body(Map.of("caseId", onTime.caseId.toString(), "respondentIdNumber", onTime.respondentId(0),
                "orderDate", "2026-03-05", "documentNumber", "(2026)苏05执9号限消令", "behaviours", List.of("FLIGHTS")))
                .post("/restrictions").then().statusCode(201);
        // performed on 5 March: both deleted that day, due by 10 March (three working days)
        Api.awaitConsumed(onTime.caseId, onTime.send(
                new CaseEventDetail.CaseConcluded(ConclusionType.FULL_PERFORMANCE, null), china(3, 5, 9, 30)));

        at(3, 20, 10, 0);
        // performed on 9 March, due by 12 March, deleted on 20 March: late
        Api.awaitConsumed(late.caseId, late.send(
                new CaseEventDetail.CaseConcluded(ConclusionType.FULL_PERFORMANCE, null), china(3, 9, 9, 0)));

        at(3, 21, 10, 0);
        repair(onTime, 0, true);
        at(3, 22, 10, 0);
        repair(late, 0, false);

        at(4, 1, 7, 30); // 31 March 23:30 UTC: inside March
        Api.postListing(Api.listing(boundary.caseId, boundary.respondentId(0), 1, null, "2026-03-30")).statusCode(201);
        at(4, 1, 8, 30); // 1 April 00:30 UTC: outside
        Api.postListing(Api.listing(boundary.caseId, boundary.respondentId(1), 1, null, "2026-03-30")).statusCode(201);
        repair(late, 0, false);

        courtFigures("2026-03-01", "2026-03-31").body("listed", equalTo(2)).body("lifted", equalTo(2))
                .body("liftedOnTime", equalTo(1)).body("liftedLate", equalTo(1))
                .body("restrictionsIssued", equalTo(1)).body("restrictionsLifted", equalTo(1))
                .body("repairsRequested", equalTo(2)).body("repairsGranted", equalTo(1))
                .body("repairsRejected", equalTo(1));
        courtFigures("2026-02-01", "2026-02-28").body("listed", equalTo(1)).body("lifted", equalTo(0))
                .body("restrictionsIssued", equalTo(0)).body("repairsRequested", equalTo(0));
        courtFigures("2026-04-01", "2026-04-30").body("listed", equalTo(1)).body("lifted", equalTo(0))
                .body("repairsRequested", equalTo(1)).body("repairsRejected", equalTo(1))
                .body("repairsGranted", equalTo(0));
        figures(Tokens.withRole("jm-office"), "2025-01-01", "2025-12-31").statusCode(200)
                .body("courts.findAll { it.courtCode == '" + court + "' }.size()", equalTo(0));
    }

    @Test
    void theFiguresAreForTheOversightRolesAndNameTheFieldOfABadPeriod() {
        figures(Tokens.withRole("auditor"), "2026-03-01", "2026-03-31").statusCode(200);
        figures(Tokens.withRole("credit-officer"), "2026-03-01", "2026-03-31").statusCode(403);
        figures(Tokens.withRole("jm-office"), "2026-03-31", "2026-03-01").statusCode(400)
                .contentType("application/problem+json").spec(Problems.of(ProblemType.INVALID_FIELD, 400))
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.withRole("jm-office")).get("/credit-stats/figures?to=2026-03-01").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        figures(Tokens.withRole("jm-office"), "2026-3-1", "2026-03-31").statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
