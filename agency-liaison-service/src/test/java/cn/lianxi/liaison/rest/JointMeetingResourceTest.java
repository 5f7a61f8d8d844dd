package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class JointMeetingResourceTest {

    @Inject
    MutableClock clock;

    private String task(int year, String title, String owner, LocalDate due) {
        return given().auth().oauth2(Tokens.withRole("jm-office")).contentType(ContentType.JSON)
                .body(Map.of("year", year, "title", title, "ownerUnit", owner, "dueOn", due.toString()))
                .when().post("/joint-meeting/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void ownersReportProgressAndTheOfficeReportsTheYear() {
        LocalDate today = LocalDate.now(clock);
        int year = 2100 - (int) (System.nanoTime() % 90);
        // the module's database outlives a run: another run may have used this year, so count what this test adds
        Map<String, Integer> before = given().auth().oauth2(Tokens.withRole("jm-office"))
                .when().get("/joint-meeting/report/" + year).then().statusCode(200).extract().path("byState");
        String done = task(year, "深入推进打击拒执犯罪专项行动", Agencies.POLICE, today.plusDays(30));
        String late = task(year, "完善执行联动协作机制<金融>", Agencies.ICBC, today.minusDays(1));
        task(year, "健全信用联合奖惩机制", "COURT-C320500", today.plusDays(60));

        given().auth().oauth2(Agencies.token(Agencies.POLICE)).contentType(ContentType.JSON)
                .body(Map.of("progress", 100, "summary", "立案侦查拒执案件 42 件"))
                .when().post("/joint-meeting/tasks/" + done + "/progress")
                .then().statusCode(200).body("state", equalTo("DONE")).body("doneOn", notNullValue());
        given().auth().oauth2(Agencies.token(Agencies.BOC)).contentType(ContentType.JSON)
                .body(Map.of("progress", 50, "summary", "不是我的任务"))
                .when().post("/joint-meeting/tasks/" + late + "/progress").then().statusCode(403);
        given().auth().oauth2(Agencies.token(Agencies.ICBC)).contentType(ContentType.JSON)
                .body(Map.of("progress", 40, "summary", "对接中"))
                .when().post("/joint-meeting/tasks/" + late + "/progress").then().statusCode(200)
                .body("state", equalTo("LATE"));

        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/joint-meeting/report/" + year)
                .then().statusCode(200).body("byState.DONE", equalTo(count(before, "DONE") + 1))
                .body("byState.LATE", equalTo(count(before, "LATE") + 1))
                .body("byState.ON_TRACK", equalTo(count(before, "ON_TRACK") + 1));
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/joint-meeting/report/" + year + "/print")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("重点任务落实情况")).body(containsString("&lt;金融&gt;"));
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/joint-meeting/tasks/" + done + "/progress")
                .then().statusCode(200).body("summary", hasItem("立案侦查拒执案件 42 件"));
        given().auth().oauth2(Agencies.token(Agencies.ICBC)).when().get("/joint-meeting/report/" + year)
                .then().statusCode(403);
        given().auth().oauth2(Agencies.token(Agencies.ICBC)).when().get("/joint-meeting/members")
                .then().statusCode(200).body("id", hasItem("ZFW-320500"));
    }

    private static int count(Map<String, Integer> byState, String state) {
        return byState == null ? 0 : byState.getOrDefault(state, 0);
    }

    @Test
    void theStatsServeTheGatewayOverview() {
        given().auth().oauth2(Tokens.withRole("admin")).when().get("/liaison-stats")
                .then().statusCode(200).body("asOf", notNullValue())
                .body("referrals.size()", greaterThanOrEqualTo(0))
                .body("answerTimes", notNullValue()).body("criminalReferralsByStage", notNullValue())
                .body("keyTasksByState", notNullValue());
        given().auth().oauth2(Agencies.token(Agencies.ICBC)).when().get("/liaison-stats").then().statusCode(403);
    }
}
