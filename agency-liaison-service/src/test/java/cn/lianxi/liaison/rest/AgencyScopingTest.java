package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgencyScopingTest {

    @Test
    void anotherAgencyNeitherSeesNorCountsNorAnswersTheReferral() {
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(Agencies.ICBC, "FREEZE", caseId, Map.of("amount", "10.00"));
        String boc = Agencies.token(Agencies.BOC);

        given().auth().oauth2(boc).when().get("/inbox/" + id).then().statusCode(403)
                .body(not(org.hamcrest.Matchers.containsString(CaseEvents.RESPONDENT_ID)));
        given().auth().oauth2(boc).queryParam("caseId", caseId).when().get("/inbox")
                .then().statusCode(200).header("X-Total-Count", "0").body("$", org.hamcrest.Matchers.empty());
        given().auth().oauth2(boc).queryParam("size", 500).when().get("/inbox")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(boc).when().post("/inbox/" + id + "/acknowledgement").then().statusCode(403);
        given().auth().oauth2(boc).when().get("/referrals/" + id).then().statusCode(403)
                .body(not(org.hamcrest.Matchers.containsString(CaseEvents.RESPONDENT_ID)));
        given().auth().oauth2(boc).when().get("/referrals").then().statusCode(403);
        given().auth().oauth2(boc).when().get("/bank-inquiries/" + caseId).then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("bank")).when().get("/inbox").then().statusCode(403);

        given().auth().oauth2(Agencies.token(Agencies.ICBC)).queryParam("caseId", caseId).when().get("/inbox")
                .then().statusCode(200).header("X-Total-Count", "1").body("[0].id", equalTo(id));
    }

    @Test
    void courtsSeeTheirOwnReferralsAndOverseersSeeMaskedIdNumbers() {
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(Agencies.BOC, "FREEZE", caseId, Map.of());
        given().auth().oauth2(Tokens.judge(CaseEvents.GUSU)).when().get("/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.judge(CaseEvents.GUSU)).queryParam("caseId", caseId).when().get("/referrals")
                .then().statusCode(200).header("X-Total-Count", "0");
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).when().get("/referrals/" + id)
                .then().statusCode(200).body("payload.respondent.idNumber", equalTo(CaseEvents.RESPONDENT_ID));
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/referrals/" + id)
                .then().statusCode(200).body("payload.respondent.idNumber", equalTo("3205**********" +
                        CaseEvents.RESPONDENT_ID.substring(14)));
    }
}
