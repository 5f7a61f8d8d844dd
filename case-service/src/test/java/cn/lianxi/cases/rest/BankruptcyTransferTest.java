package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * 执转破 as a hand-off (法发〔2017〕2号): the basic court C320508 transfers a company debtor's case on a party's written
 * consent to the intermediate court C320500, whose judge accepts (the case concludes, freezes released: 企业破产法
 * art. 19) or refuses (enforcement resumes); no other court sees or answers the transfer.
 */
@QuarkusTest
class BankruptcyTransferTest {

    private static final String TRANSFERRED_TYPE = "cn.lianxi.case.bankruptcy-transfer-decided.v1";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    @DisplayName("法发〔2017〕2号 arts. 2, 7 and 企业破产法 art. 19: no consent, no transfer (400 naming consent); a "
            + "consented transfer suspends enforcement and keeps the freeze; only the receiving court answers, and its "
            + "acceptance concludes the case as BANKRUPTCY_TRANSFER and releases the freeze")
    void spc2017No2Art2And7_bankruptcyLawArt19_aConsentedTransferIsAcceptedByTheReceivingCourt() {
        String id = companyCase();
        post(Tokens.judge(GUSU), "/cases/" + id + "/freeze-orders", Map.of("bankCode", "ICBC", "accountNumber",
                "6222000000000091", "amount", "500.00", "legalBasis", Fixtures.NOTICE)).statusCode(200);

        post(Tokens.judge(GUSU), "/cases/" + id + "/bankruptcy-transfers", Map.of("receivingCourt", SUZHOU))
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("consent"));
        caseOf(id).body("status", equalTo("MEASURES_UNDER_WAY"));

        String transfer = transfer(id, Fixtures.COMPANY_CODE).statusCode(201)
                .body("status", equalTo("TRANSFERRED")).body("receivingCourt", equalTo(SUZHOU))
                .extract().path("id");
        caseOf(id).body("status", equalTo("SUSPENDED"));
        List<String> kinds = kinds(id);
        assertEquals(List.of("BANKRUPTCY_TRANSFER_DECIDED", "STATUS_CHANGED"), kinds.subList(kinds.size() - 2,
                kinds.size()), kinds.toString());
        assertFalse(kinds.contains("UNFREEZE_ORDERED"), "freezes stay until acceptance (法发〔2017〕2号 art. 7)");
        JsonNode published = Fixtures.json(Fixtures.records(kafka, Topics.ENFORCEMENT_CASES,
                r -> id.equals(r.key()) && TRANSFERRED_TYPE.equals(Fixtures.header(r, "ce_type")), 1).get(0).value());
        assertEquals("APPLICANT", published.path("detail").path("consent").path("party").path("role").asText());
        assertEquals(SUZHOU, published.path("detail").path("receivingCourt").asText());

        given().auth().oauth2(Tokens.judge(SUZHOU)).when().get("/cases/bankruptcy-transfers").then().statusCode(200)
                .body("id", hasItem(transfer));
        given().auth().oauth2(Tokens.judge(GUSU)).when().get("/cases/bankruptcy-transfers").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(transfer)));
        for (String other : List.of(GUSU, "C320581")) {
            post(Tokens.judge(other), "/cases/bankruptcy-transfers/" + transfer + "/acceptance", ruling(null))
                    .statusCode(404);
        }

        post(Tokens.judge(SUZHOU), "/cases/bankruptcy-transfers/" + transfer + "/acceptance", ruling(null))
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("answeredBy", equalTo("judge-" + SUZHOU));
        caseOf(id).body("status", equalTo("CONCLUDED")).body("conclusionType", equalTo("BANKRUPTCY_TRANSFER"));
        kinds = kinds(id);
        assertEquals(List.of("BANKRUPTCY_PETITION_ACCEPTED", "CASE_CONCLUDED", "UNFREEZE_ORDERED"),
                kinds.subList(kinds.size() - 3, kinds.size()), kinds.toString());
        post(Tokens.judge(SUZHOU), "/cases/bankruptcy-transfers/" + transfer + "/refusal", ruling("再议"))
                .statusCode(409);
    }

    @Test
    @DisplayName("法发〔2017〕2号 arts. 18-19: a refusal needs its reason, resumes enforcement, and bars a second "
            + "transfer of the case")
    void spc2017No2Art18And19_aRefusalResumesEnforcement() {
        String id = companyCase();
        String transfer = transfer(id, Fixtures.DEBTOR_COMPANY).statusCode(201).extract().path("id");

        post(Tokens.judge(SUZHOU), "/cases/bankruptcy-transfers/" + transfer + "/refusal", ruling(null))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        post(Tokens.judge(SUZHOU), "/cases/bankruptcy-transfers/" + transfer + "/refusal", ruling("不具备破产原因"))
                .statusCode(200).body("status", equalTo("REFUSED")).body("rulingReason", equalTo("不具备破产原因"));

        caseOf(id).body("status", equalTo("FILED"));
        List<String> kinds = kinds(id);
        assertEquals(List.of("BANKRUPTCY_PETITION_REFUSED", "STATUS_CHANGED"), kinds.subList(kinds.size() - 2,
                kinds.size()), kinds.toString());
        transfer(id, Fixtures.DEBTOR_COMPANY).spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION));
        given().auth().oauth2(Tokens.judge(GUSU)).when().get("/cases/" + id + "/bankruptcy-transfers").then()
                .statusCode(200).body("status", equalTo(List.of("REFUSED")));
    }

    @Test
    @DisplayName("法发〔2017〕2号 art. 2 item (1): a person's case is not transferred to bankruptcy review")
    void spc2017No2Art2Item1_aPersonIsNotTransferred() {
        String id = Fixtures.fileByEvent(GUSU, Fixtures.caseNumber(), "1000.00");
        post(Tokens.judge(GUSU), "/cases/" + id + "/bankruptcy-transfers", Map.of("receivingCourt", SUZHOU,
                "consent", Map.of("idNumber", Fixtures.COMPANY_CODE, "givenOn", today())))
                .spec(Problems.of(ProblemType.BANKRUPTCY_NEEDS_COMPANY));
        caseOf(id).body("status", equalTo("FILED"));
    }

    private static String companyCase() {
        String number = Fixtures.caseNumber();
        return Fixtures.submit(GUSU, List.of(Fixtures.filing(GUSU, number, "1000.00",
                Fixtures.party("RESPONDENT", "COMPANY", "苏州某某贸易有限公司", Fixtures.DEBTOR_COMPANY))))
                .statusCode(200).extract().path("results[0].caseId");
    }

    private static ValidatableResponse transfer(String id, String consenting) {
        return post(Tokens.judge(GUSU), "/cases/" + id + "/bankruptcy-transfers", Map.of("receivingCourt", SUZHOU,
                "consent", Map.of("idNumber", consenting, "givenOn", today(), "document", "同意移送破产审查书"),
                "reason", "资不抵债"));
    }

    private static Map<String, Object> ruling(String reason) {
        return reason == null ? Map.of("rulingDate", today(), "rulingDocument", "(2026)苏05破申1号")
                : Map.of("rulingDate", today(), "reason", reason);
    }

    private static String today() {
        return LocalDate.now(PlatformClock.ZONE).toString();
    }

    private static ValidatableResponse caseOf(String id) {
        return given().auth().oauth2(Tokens.judge(GUSU)).when().get("/cases/" + id).then().statusCode(200);
    }

    private static List<String> kinds(String id) {
        JsonPath t = given().auth().oauth2(Tokens.judge(GUSU)).when().get("/cases/" + id + "/timeline").then()
                .statusCode(200).extract().jsonPath();
        return t.getList("kind");
    }

    private static ValidatableResponse post(String token, String path, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }
}
