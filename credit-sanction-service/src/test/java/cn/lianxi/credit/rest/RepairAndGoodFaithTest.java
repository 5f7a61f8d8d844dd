package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Credit repair (信用修复) with its certificate, and good-faith records (守信激励). */
@QuarkusTest
class RepairAndGoodFaithTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static Map<String, Object> application(CaseFeed feed) {
        return Map.of("caseId", feed.caseId.toString(), "idNumber", feed.respondentId(0), "statement", "已全部履行");
    }

    @Test
    void aRepairNeedsThePerformedDebtAndAnApprovalIssuesAVerifiableCertificate() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("冯某", "19850505"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        officer().body(application(feed)).post("/credit-repairs").then().statusCode(409)
                .contentType("application/problem+json").spec(Problems.of(ProblemType.DEBT_NOT_PERFORMED, 409));
        officer().get("/credit-repairs?status=PENDING").then().body("findAll { it.caseId == '" + feed.caseId + "' }",
                empty());

        Api.awaitConsumed(feed.caseId, feed.concluded(ConclusionType.FULL_PERFORMANCE));
        String id = officer().body(application(feed)).post("/credit-repairs").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        officer().body(Map.of("approve", true, "reason", " ")).post("/credit-repairs/" + id + "/decision")
                .then().statusCode(400).spec(Problems.of(ProblemType.DECISION_REASON_REQUIRED, 400));
        String code = officer().body(Map.of("approve", true, "reason", "债务已履行完毕，符合修复条件"))
                .post("/credit-repairs/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("certificateCode", matchesPattern("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"))
                .extract().path("certificateCode");

        given().get("/public/certificates/" + code).then().statusCode(200).body("valid", equalTo(true))
                .body("maskedIdNumber", equalTo(IdentityNumbers.mask(feed.respondentId(0))))
                .body("caseNumber", equalTo(feed.caseNumber)).body("subjectIdNumber", equalTo(null))
                .body("courtName", equalTo("苏州市中级人民法院"));
        given().get("/public/certificates/AAAA-BBBB-CCCC-DDDD").then().statusCode(404);
    }

    @Test
    void aRejectedRepairIssuesNoCertificate() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("褚某", "19860606"));
        Api.awaitConsumed(feed.caseId, feed.concluded(ConclusionType.SETTLEMENT_PERFORMED));
        String id = officer().body(application(feed)).post("/credit-repairs").then().statusCode(201)
                .extract().path("id");
        officer().body(Map.of("approve", false, "reason", "申请材料不全")).post("/credit-repairs/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("certificateCode", equalTo(null));
        officer().body(Map.of("approve", true, "reason", "再议")).post("/credit-repairs/" + id + "/decision")
                .then().statusCode(409).spec(Problems.of(ProblemType.ALREADY_DECIDED, 409));
    }

    @Test
    void voluntaryFullPerformanceEarnsAGoodFaithRecordAndEnforcedPerformanceDoesNot() {
        CaseFeed voluntary = new CaseFeed(kafka, CaseFeed.person("卫某", "19870707"));
        voluntary.filed();
        Api.awaitConsumed(voluntary.caseId, voluntary.concluded(ConclusionType.FULL_PERFORMANCE));
        CaseFeed enforced = new CaseFeed(kafka, CaseFeed.person("蒋某", "19880808"));
        enforced.freeze(0);
        Api.awaitConsumed(enforced.caseId, enforced.concluded(ConclusionType.FULL_PERFORMANCE));

        given().auth().oauth2(Tokens.agency("bank", "BANK-BOC-SZ")).get("/good-faith?idNumber=" + voluntary.respondentId(0))
                .then().statusCode(200).body("$", hasSize(1)).body("[0].caseNumber", equalTo(voluntary.caseNumber));
        given().auth().oauth2(Tokens.agency("bank", "BANK-BOC-SZ")).get("/good-faith?idNumber=" + enforced.respondentId(0))
                .then().statusCode(200).body("$", empty());
        given().get("/good-faith?idNumber=" + voluntary.respondentId(0)).then().statusCode(401);
    }
}
