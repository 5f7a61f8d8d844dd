package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.evidence.SealAlgorithm;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void theSeededSuzhouAgenciesAreListedForTheOffice() {
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/agencies")
                .then().statusCode(200)
                .body("id", hasItems(Agencies.ICBC, Agencies.BOC, Agencies.POLICE, Agencies.PROC));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/agencies/" + Agencies.POLICE)
                .then().statusCode(200).body("kind", equalTo("POLICE"))
                .body("jurisdiction", equalTo(java.util.List.of("C320500", "C320505", "C320506", "C320507", "C320508",
                        "C320509", "C320571")))
                .body("channel", equalTo("PULL")).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.withRole("admin")).when().get("/agencies/" + Agencies.ICBC)
                .then().body("bankCode", equalTo("102")).body("name", equalTo("工商银行苏州分行"));
    }

    @Test
    void onlyAdminsRegisterAndASuspendedAgencyTakesNoNewReferrals() {
        Map<String, Object> bank = Map.of("id", "BANK-DUP" + System.nanoTime() % 100000, "kind", "BANK",
                "name", "某银行", "channel", "PULL");
        given().auth().oauth2(Tokens.withRole("jm-office")).contentType(ContentType.JSON).body(bank)
                .when().post("/agencies").then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("admin")).contentType(ContentType.JSON).body(bank)
                .when().post("/agencies").then().statusCode(400).body("errors[0].field", equalTo("bankCode"));

        String id = Agencies.newBank("PULL");
        given().auth().oauth2(Tokens.withRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("id", id, "kind", "BANK", "name", "x", "bankCode", "777"))
                .when().post("/agencies").then().statusCode(409);
        given().auth().oauth2(Tokens.withRole("admin")).when().post("/agencies/" + id + "/suspension")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID(), "caseNumber", "(2023)苏05执1号", "kind", "FREEZE",
                        "agencyId", id, "respondentName", "张三", "respondentIdNumber", CaseEvents.RESPONDENT_ID,
                        "respondentType", "PERSON", "legalBasis", CaseEvents.NOTICE_JSON))
                .when().post("/referrals").then().spec(Problems.of(ProblemType.AGENCY_SUSPENDED, 409, "/referrals"));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id)
                .then().statusCode(200).body("action", hasItems("agency-registered", "agency-suspended"));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void anAdminRegistersAndReplacesAnAgencysSealKeyWhichAnyoneCanFetch() {
        Map<String, Object> bank = new HashMap<>(Map.of("id", "BANK-SK" + System.nanoTime() % 100000, "kind", "BANK",
                "name", "某银行", "bankCode", "8" + System.nanoTime() % 100000, "sealKey", "not a key"));
        given().auth().oauth2(Tokens.withRole("admin")).contentType(ContentType.JSON).body(bank)
                .when().post("/agencies").then().statusCode(400).body("errors[0].field", equalTo("sealKey"));

        String id = Agencies.newBank("PULL");
        given().auth().oauth2(Tokens.withRole("admin")).when().get("/agencies/" + id)
                .then().statusCode(200).body("sealKeyId", nullValue());
        SealKey key = SealKeys.generate(id, SealAlgorithm.SM2);
        given().auth().oauth2(Tokens.withRole("jm-office")).contentType(ContentType.JSON)
                .body(Map.of("sealKey", key.publicPem())).when().put("/agencies/" + id + "/seal-key")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("sealKey", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
                .when().put("/agencies/" + id + "/seal-key")
                .then().spec(Problems.of(ProblemType.INVALID_FIELD, 400)).body("errors[0].field", equalTo("sealKey"));
        given().auth().oauth2(Tokens.withRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("sealKey", key.publicPem())).when().put("/agencies/" + id + "/seal-key")
                .then().statusCode(200).body("sealKeyId", equalTo(id));

        given().when().get("/seals/keys").then().statusCode(200)
                .body("find { it.keyId == '" + id + "' }.algorithm", equalTo("SM2"))
                .body("find { it.keyId == '" + id + "' }.publicKeyPem", equalTo(key.publicPem()));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id)
                .then().statusCode(200).body("action", hasItems("agency-registered", "agency-seal-key-replaced"));
    }
}
