package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * 执行公开 to the parties (issue 19 item 4), as the people involved live it, through the gateway:
 * <ol>
 * <li>the Suzhou clerk files a case and reads, once, the query code (查询码) the respondent company is to be given;</li>
 * <li>the judge orders ICBC to freeze the company's account, and ICBC answers that it froze the amount;</li>
 * <li>the company, with no account on the platform, asks with the case number and its code and sees the freeze
 * ordered and answered with its amount, its own name, and the applicant's name masked; no account number, no
 * officer, no ID number;</li>
 * <li>a wrong code is the same 404 as an unknown case;</li>
 * <li>a clerk of another court cannot issue codes of this case.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class PartyProgressIT {

    static final String OWED = "80000.00";
    static final String FROZEN = "50000.00";
    static final String ACCOUNT = "6222021102007654321";
    static final String COMPANY_NAME = "苏州恒通贸易有限公司";

    static Desk clerk;
    static Desk judge;
    static Desk icbc;
    static Desk otherCourtClerk;

    final String company = TestData.companyCode();

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        otherCourtClerk = Desk.as(keycloak, "clerk-gs");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
    }

    /** The party at home: no token, only what the court's filing notice tells it. */
    static Response ask(String caseNumber, String queryCode) {
        return given().config(Desk.EXACT).contentType(ContentType.JSON)
                .body(Map.of("courtCode", "C320500", "caseNumber", caseNumber, "queryCode", queryCode))
                .when().post("/api/case-progress");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRespondentFollowsTheFreezeOfItsAccountWithItsQueryCode() {
        String caseNumber = TestData.caseNumber();
        Map<String, Object> filed = clerk.fileCase(TestData.filing(caseNumber, OWED,
                TestData.companyRespondent(COMPANY_NAME, company, "赵六")));
        String caseId = (String) filed.get("id");
        Map<String, Object> respondent = ((List<Map<String, Object>>) filed.get("parties")).stream()
                .filter(p -> "RESPONDENT".equals(p.get("role"))).findFirst().orElseThrow();
        String code = (String) respondent.get("queryCode");
        assertTrue(code != null && code.matches("[2-9A-HJKMNP-Z]{8}"), "the filing answer shows the code: " + code);
        assertFalse(clerk.caseOf(caseId).toString().contains(code), "shown once: the case read again has no code");

        judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", ACCOUNT,
                "amount", FROZEN, "respondentIdNumber", company));
        Map<String, Object> freeze = icbc.awaitInbox(caseId, "FREEZE", 1).get(0);
        icbc.answer(freeze.get("id"), Map.of("type", "FREEZE", "accountNumber", ACCOUNT, "amountFrozen", FROZEN,
                "frozenUntil", TestData.freezeLastDay()));

        Map<String, Object> progress = await().atMost(Desk.ASYNC).until(() -> {
            Response r = ask(caseNumber, code);
            assertEquals(200, r.statusCode(), r.asString());
            return r.jsonPath().<Map<String, Object>>get("$");
        }, p -> ((List<Map<String, Object>>) p.get("timeline")).stream()
                .anyMatch(e -> "OUTCOME_RECORDED".equals(e.get("kind"))));
        System.out.println("[party-progress] the respondent's view: " + progress);

        assertEquals(caseNumber, progress.get("caseNumber"));
        assertEquals("MEASURES_UNDER_WAY", progress.get("status"));
        Desk.assertExactly(OWED, progress.get("amountOwed"), "the amount owed, exactly");
        List<Map<String, Object>> parties = (List<Map<String, Object>>) progress.get("parties");
        Map<String, Object> you = parties.stream().filter(p -> Boolean.TRUE.equals(p.get("you"))).findFirst()
                .orElseThrow();
        assertEquals(COMPANY_NAME, you.get("name"), "the party sees its own name");
        Map<String, Object> applicant = parties.stream().filter(p -> "APPLICANT".equals(p.get("role"))).findFirst()
                .orElseThrow();
        assertEquals("李*", applicant.get("name"), "the applicant 李四, masked");
        assertEquals("1101**********002X", applicant.get("idNumber"));

        List<Map<String, Object>> timeline = (List<Map<String, Object>>) progress.get("timeline");
        Map<String, Object> ordered = timeline.stream().filter(e -> "FREEZE_ORDERED".equals(e.get("kind")))
                .findFirst().orElseThrow();
        Desk.assertExactly(FROZEN, ordered.get("amount"), "the freeze ordered, with its amount");
        assertEquals(COMPANY_NAME, ((Map<String, Object>) ordered.get("party")).get("name"));
        Map<String, Object> answered = timeline.stream().filter(e -> "OUTCOME_RECORDED".equals(e.get("kind")))
                .filter(e -> String.valueOf(e.get("summary")).contains("FROZEN")).findFirst().orElseThrow();
        Desk.assertExactly(FROZEN, answered.get("amount"), "the bank's answer, with the amount frozen");
        String all = progress.toString();
        for (String secret : List.of(ACCOUNT, company, TestData.PERSON_ID, "李四", "judge-zy", "周法官")) {
            assertFalse(all.contains(secret), "the party's view leaks " + secret);
        }

        // a wrong code is the same answer as an unknown case: nothing tells a guesser the case exists
        String wrong = code.charAt(0) == '2' ? "3" + code.substring(1) : "2" + code.substring(1);
        Response wrongCode = ask(caseNumber, wrong);
        Response unknownCase = ask(TestData.caseNumber(), code);
        for (Response r : List.of(wrongCode, unknownCase)) {
            assertEquals(404, r.statusCode(), r.asString());
            assertTrue(String.valueOf(r.contentType()).startsWith("application/problem+json"), r.contentType());
        }
        assertEquals(wrongCode.jsonPath().getString("detail"), unknownCase.jsonPath().getString("detail"));
        assertEquals(wrongCode.jsonPath().getString("type"), unknownCase.jsonPath().getString("type"));

        // another court's clerk cannot issue this case's codes; the code still works
        int reissue = otherCourtClerk.request().when()
                .post("/api/cases/" + caseId + "/parties/" + respondent.get("id") + "/query-code").statusCode();
        assertTrue(List.of(403, 404).contains(reissue), "another court's reissue: " + reissue);
        assertEquals(200, ask(caseNumber, code).statusCode(), "the respondent's code is unchanged");
        System.out.printf("[party-progress] case %s: the respondent saw the freeze of %s with its code; a wrong code "
                + "and an unknown case both 404; another court's reissue %d%n", caseNumber, FROZEN, reissue);
    }
}
