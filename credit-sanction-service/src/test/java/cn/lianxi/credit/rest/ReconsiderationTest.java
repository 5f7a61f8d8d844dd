package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.TestClock;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Reconsideration (复议) of a rejected correction request by the court above, 法释〔2017〕7号 art. 12: applied for within
 * ten days of the rejection's service, due fifteen days after receipt, decided only by the court one level above
 * the listing court (C320500 → C320000 in the configured hierarchy), audited.
 */
@QuarkusTest
class ReconsiderationTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A listing of the court C320500 whose correction request ({@code kind}) was rejected on 2026-11-12. */
    private String[] rejected(String kind) {
        clock.setChinaTime(LocalDateTime.of(2026, 11, 12, 10, 0));
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("卫某", "19810303"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        String listing = Api.impose(feed.caseId, feed.respondentId(0), 1);
        String correction = officer().body(Map.of("kind", kind, "statement", "申请纠正", "receivedOn", "2026-11-10"))
                .post("/listings/" + listing + "/corrections").then().statusCode(201).extract().path("id");
        officer().body(Map.of("approve", false, "reason", "理由不成立"))
                .post("/listings/corrections/" + correction + "/decision").then().statusCode(200);
        return new String[] {feed.caseId.toString(), listing, correction};
    }

    private static RequestSpecification judgeOf(String court) {
        return given().auth().oauth2(Tokens.judge(court)).contentType(ContentType.JSON);
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 12: reconsideration within ten days of service, due in 15 days, decided only by "
            + "the court above; revoking the rejection deletes a wrong listing")
    void spc2017Art12_theCourtAboveRevokesTheRejectionAndTheListingIsDeleted() {
        String[] r = rejected("SHOULD_NOT_BE_LISTED");
        String caseId = r[0];
        String listing = r[1];
        String correction = r[2];
        clock.setChinaTime(LocalDateTime.of(2026, 11, 23, 10, 0));
        officer().body(Map.of("statement", "不服驳回决定", "receivedOn", "2026-11-23"))
                .post("/listings/corrections/" + correction + "/reconsideration").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));
        String id = officer().body(Map.of("statement", "不服驳回决定", "receivedOn", "2026-11-22"))
                .post("/listings/corrections/" + correction + "/reconsideration").then().statusCode(201)
                .body("courtCode", equalTo(CaseFeed.COURT)).body("superiorCourtCode", equalTo("C320000"))
                .body("dueBy", equalTo(LocalDate.of(2026, 12, 7).toString())).body("status", equalTo("OPEN"))
                .extract().path("id");
        officer().get("/listings/" + listing).then().body("status", equalTo("ACTIVE"));

        Map<String, String> revoke = Map.of("outcome", "REVOKE", "reason", "不应纳入失信名单");
        judgeOf(CaseFeed.COURT).body(revoke).post("/listings/reconsiderations/" + id + "/decision").then()
                .statusCode(403).spec(Problems.of(ProblemType.FORBIDDEN, 403));
        judgeOf("C320508").body(revoke).post("/listings/reconsiderations/" + id + "/decision").then().statusCode(403);
        officer().body(revoke).post("/listings/reconsiderations/" + id + "/decision").then().statusCode(403);
        officer().get("/listings/" + listing).then().body("status", equalTo("ACTIVE"));

        clock.setChinaTime(LocalDateTime.of(2026, 12, 8, 9, 0));
        officer().get("/listings/reconsiderations?overdue=true").then().statusCode(200).body("id", hasItem(id));
        judgeOf("C320000").body(revoke).post("/listings/reconsiderations/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        officer().get("/listings/" + listing).then().body("status", equalTo("LIFTED"))
                .body("liftReason", equalTo("RECONSIDERATION"));
        judgeOf("C320000").body(revoke).post("/listings/reconsiderations/" + id + "/decision").then()
                .statusCode(409).spec(Problems.of(ProblemType.ALREADY_DECIDED, 409));
        given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/" + caseId).then().statusCode(200)
                .body("action", hasItem("reconsideration-recorded")).body("action", hasItem("reconsideration-revoked"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 12: the court above may uphold the rejection; only a rejected request is reconsidered")
    void spc2017Art12_theCourtAboveUpholdsTheRejectionAndTheListingStands() {
        String[] r = rejected("INACCURATE_INFORMATION");
        String id = officer().body(Map.of("statement", "不服", "receivedOn", "2026-11-12"))
                .post("/listings/corrections/" + r[2] + "/reconsideration").then().statusCode(201).extract().path("id");
        officer().body(Map.of("statement", "再次", "receivedOn", "2026-11-12"))
                .post("/listings/corrections/" + r[2] + "/reconsideration").then().statusCode(409);
        judgeOf("C320000").body(Map.of("outcome", "UPHOLD", "reason", "原驳回决定正确"))
                .post("/listings/reconsiderations/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("UPHELD"));
        officer().get("/listings/" + r[1]).then().body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/" + r[0]).then()
                .body("action", hasItem("reconsideration-upheld"));
    }
}
