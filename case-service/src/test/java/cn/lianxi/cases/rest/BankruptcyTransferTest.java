package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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

    @Test
    @DisplayName("法发〔2017〕2号 art. 7: while the transfer awaits the receiving court's ruling, a resumption, a move "
            + "out of the suspension and the court event CASE_RESUMED are refused (409 naming the transfer); the "
            + "refusal (不予受理) resumes the case as before")
    void spc2017No2Art7_aPendingTransferBlocksAManualResumption() {
        String number = Fixtures.caseNumber();
        String id = companyCase(number);
        String transfer = transfer(id, Fixtures.DEBTOR_COMPANY).statusCode(201).extract().path("id");
        int before = kinds(id).size();

        post(Tokens.judge(GUSU), "/cases/" + id + "/resumptions", Map.of("reason", "申请执行人申请恢复执行"))
                .spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION)).body("detail", containsString(transfer))
                .body("detail", containsString("法发〔2017〕2号 art. 7"));
        for (String target : List.of("INVESTIGATING", "MEASURES_UNDER_WAY")) {
            post(Tokens.judge(GUSU), "/cases/" + id + "/transitions", Map.of("targetStatus", target))
                    .spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION)).body("detail", containsString(transfer));
        }
        Fixtures.submit(GUSU, List.of(Fixtures.event(GUSU, number, "CASE_RESUMED"))).statusCode(200)
                .body("rejected", equalTo(1));
        caseOf(id).body("status", equalTo("SUSPENDED"));
        assertEquals(before, kinds(id).size(), "nothing was written: " + kinds(id));

        post(Tokens.judge(SUZHOU), "/cases/bankruptcy-transfers/" + transfer + "/refusal", ruling("不具备破产原因"))
                .statusCode(200);
        caseOf(id).body("status", equalTo("FILED"));
    }

    @Test
    @DisplayName("法释〔2017〕8号 arts. 21-22 and 企业破产法 art. 19: the acceptance withdraws the case's published reward "
            + "notice in its transaction; a transfer or an acceptance re-sent with its Idempotency-Key answers the "
            + "same transfer, the key with another body is 409 conflicting-duplicate")
    void spc2017No8Art22_bankruptcyLawArt19_acceptanceWithdrawsTheNoticeAndKeyedStepsAreIdempotent() {
        String id = companyCase();
        String notice = post(Tokens.judge(GUSU), "/cases/" + id + "/reward-notices", Map.of("reward", "5000.00",
                "leadsWanted", "被执行人财产线索", "validUntil", Instant.now().plus(Duration.ofDays(90)).toString()))
                .statusCode(201).extract().path("id");
        Map<String, Object> body = Map.of("receivingCourt", SUZHOU, "consent", Map.of("idNumber",
                Fixtures.DEBTOR_COMPANY, "givenOn", today()), "reason", "资不抵债");
        String key = "transfer-" + id;
        String transfer = keyed(Tokens.judge(GUSU), key, "/cases/" + id + "/bankruptcy-transfers", body)
                .statusCode(201).extract().path("id");
        keyed(Tokens.judge(GUSU), key, "/cases/" + id + "/bankruptcy-transfers", body).statusCode(201)
                .body("id", equalTo(transfer));
        keyed(Tokens.judge(GUSU), key, "/cases/" + id + "/bankruptcy-transfers", Map.of("receivingCourt", SUZHOU,
                "consent", Map.of("idNumber", Fixtures.DEBTOR_COMPANY, "givenOn", today()), "reason", "明显缺乏清偿能力"))
                .spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409));
        given().auth().oauth2(Tokens.judge(GUSU)).when().get("/cases/" + id + "/bankruptcy-transfers").then()
                .statusCode(200).body("id", equalTo(List.of(transfer)));

        String acceptance = "/cases/bankruptcy-transfers/" + transfer + "/acceptance";
        keyed(Tokens.judge(SUZHOU), "accept-" + id, acceptance, ruling(null)).statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        keyed(Tokens.judge(SUZHOU), "accept-" + id, acceptance, ruling(null)).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("id", equalTo(transfer));
        keyed(Tokens.judge(SUZHOU), "accept-" + id, acceptance, Map.of("rulingDate", today())).spec(
                Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409));

        List<String> kinds = kinds(id);
        assertEquals(List.of("BANKRUPTCY_PETITION_ACCEPTED", "CASE_CONCLUDED", "REWARD_NOTICE_WITHDRAWN"),
                kinds.subList(kinds.size() - 3, kinds.size()), kinds.toString());
        assertEquals(1, kinds.stream().filter("BANKRUPTCY_TRANSFER_DECIDED"::equals).count(), kinds.toString());
        given().auth().oauth2(Tokens.judge(GUSU)).when().get("/cases/" + id + "/reward-notices").then()
                .statusCode(200).body("[0].id", equalTo(notice)).body("[0].status", equalTo("WITHDRAWN"))
                .body("[0].withdrawalReason", equalTo("案件已结案 case concluded"));
        assertTrue(Fixtures.caseEvents(kafka, id, 1).stream().map(r -> Fixtures.json(r.value()))
                .anyMatch(e -> e.path("kind").asText().equals("REWARD_NOTICE_WITHDRAWN")
                        && e.path("detail").path("noticeId").asText().equals(notice)), "the withdrawal is published");
    }

    private static String companyCase() {
        return companyCase(Fixtures.caseNumber());
    }

    private static String companyCase(String number) {
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

    private static ValidatableResponse keyed(String token, String key, String path, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    private static ValidatableResponse post(String token, String path, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }
}
