package cn.lianxi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.config.StrictJson;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * 执行公开 to the parties: the query codes issued at filing (shown once, to the filing officer only), the party's
 * masked view of its case with its code and no token, one 404 for an unknown case and a wrong code, the limit of
 * wrong codes per case, and the clerk's reissue (the old code stops working; another court cannot).
 */
@QuarkusTest
class PartyProgressTest {

    static final String SUZHOU = Fixtures.SUZHOU;
    static final String RESPONDENT_ID = Fixtures.ADULT_ID;
    static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper());

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    static Map<String, Object> filingRequest(String number) {
        return Map.of("caseNumber", number, "filedOn", "2023-03-01", "basisType", "JUDGMENT",
                "basisDocument", "(2022)苏05民初88号", "amountOwed", "5000.00", "parties", List.of(
                        Map.of("role", "APPLICANT", "type", "COMPANY", "name", "苏州恒通贸易有限公司",
                                "idNumber", Fixtures.COMPANY_CODE, "legalRepresentative", "赵六"),
                        Map.of("role", "RESPONDENT", "type", "PERSON", "name", "张三", "idNumber", RESPONDENT_ID)));
    }

    /** The filing answer: the case, each party with its code. */
    static JsonPath file(String number) {
        return given().config(Fixtures.EXACT).auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .body(filingRequest(number)).when().post("/cases").then().statusCode(201).extract().jsonPath();
    }

    static String codeOf(JsonPath filed, String role) {
        return filed.getString("parties.find { it.role == '" + role + "' }.queryCode");
    }

    static ValidatableResponse ask(String court, String number, String code) {
        return given().config(Fixtures.EXACT).contentType(ContentType.JSON)
                .body(Map.of("courtCode", court, "caseNumber", number, "queryCode", code))
                .when().post("/case-progress").then();
    }

    static void notFound(ValidatableResponse answer) {
        answer.statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.NOT_FOUND.uri().toString()))
                .body("detail", equalTo("no case with this court, number and query code"));
    }

    static ValidatableResponse reissue(String token, String caseId, String partyId) {
        return given().auth().oauth2(token).when()
                .post("/cases/" + caseId + "/parties/" + partyId + "/query-code").then();
    }

    @Test
    void theRespondentSeesItsCaseWithTheOthersMaskedAndTheMeasuresWithTheirAmounts() {
        String number = Fixtures.caseNumber();
        JsonPath filed = file(number);
        String id = filed.getString("id");
        String code = codeOf(filed, "RESPONDENT");
        assertEquals(8, code.length());
        assertNotEquals(code, codeOf(filed, "APPLICANT"), "one code per party");
        // the codes are shown once: the case read again carries none
        Fixtures.caseView(id).body("parties.queryCode", not(hasItem(notNullValue())));

        MeasuresAgainstTheCaseTest.order(id, "freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "6222-P",
                "amount", "3000.00", "respondentIdNumber", RESPONDENT_ID)).statusCode(200);
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("amount", "1200.50", "source", "VOLUNTARY", "transferReference", Fixtures.transfer()))
                .when().post("/cases/" + id + "/payments").then().statusCode(200);
        MeasuresAgainstTheCaseTest.order(id, "refusal-reports", Map.of("evidenceSummary", "转移财产",
                "respondentIdNumber", RESPONDENT_ID)).statusCode(200);

        ask(SUZHOU, number, code.toLowerCase().substring(0, 4) + "-" + code.substring(4)).statusCode(200)
                .body("caseNumber", equalTo(number))
                .body("courtName", equalTo("苏州市中级人民法院"))
                .body("status", equalTo("MEASURES_UNDER_WAY"))
                .body("amountOwed", Fixtures.amount("5000.00"))
                .body("amountRecovered", Fixtures.amount("1200.50"))
                // the party sees its own name; the applicant's name, its representative and every ID are masked
                .body("parties.find { it.you }.name", equalTo("张三"))
                .body("parties.find { it.you }.idNumber", equalTo(IdentityNumbers.mask(RESPONDENT_ID)))
                .body("parties.find { !it.you }.name", equalTo("苏州****有限公司"))
                .body("parties.find { !it.you }.legalRepresentative", equalTo("赵*"))
                .body("parties.find { !it.you }.idNumber", equalTo(IdentityNumbers.mask(Fixtures.COMPANY_CODE)))
                .body("timeline.kind", equalTo(List.of("CASE_FILED", "STATUS_CHANGED", "FREEZE_ORDERED",
                        "PAYMENT_RECEIVED")))
                .body("timeline.find { it.kind == 'FREEZE_ORDERED' }.amount", Fixtures.amount("3000.00"))
                .body("timeline.find { it.kind == 'FREEZE_ORDERED' }.party.name", equalTo("张三"))
                .body("timeline.find { it.kind == 'PAYMENT_RECEIVED' }.amount", Fixtures.amount("1200.50"))
                // what the court keeps: accounts, officers, documents, the 拒执 lead and its evidence
                .body(not(containsString("6222-P")))
                .body(not(containsString("转移财产")))
                .body(not(containsString("judge-" + SUZHOU)))
                .body(not(containsString(RESPONDENT_ID)))
                .body(not(containsString(Fixtures.COMPANY_CODE)))
                .body(not(containsString("苏州恒通贸易有限公司")));

        // the applicant's own view: its name shows, the respondent's is masked
        ask(SUZHOU, number, codeOf(filed, "APPLICANT")).statusCode(200)
                .body("parties.find { it.you }.name", equalTo("苏州恒通贸易有限公司"))
                .body("parties.find { !it.you }.name", equalTo("张*"))
                .body("timeline.find { it.kind == 'FREEZE_ORDERED' }.party.name", equalTo("张*"));
    }

    @Test
    void aWrongCodeAnUnknownCaseAndAnotherCasesCodeAreTheSame404() {
        String number = Fixtures.caseNumber();
        String code = codeOf(file(number), "RESPONDENT");
        String other = Fixtures.caseNumber();
        String otherCode = codeOf(file(other), "RESPONDENT");

        notFound(ask(SUZHOU, number, "ABCDEFGH".equals(code) ? "ABCDEFGJ" : "ABCDEFGH"));
        notFound(ask(SUZHOU, number, otherCode));
        notFound(ask(SUZHOU, Fixtures.caseNumber(), code));
        notFound(ask(Fixtures.GUSU, number, code));
        ask(SUZHOU, number, code).statusCode(200);
        // no token needed, and no ID number or code echoed in a refusal
        ask(SUZHOU, number, "").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("queryCode"));
    }

    @Test
    void tenWrongCodesLockTheCaseForTheRightCodeTooButNoOtherCase() {
        String number = Fixtures.caseNumber();
        String code = codeOf(file(number), "RESPONDENT");
        String neighbour = Fixtures.caseNumber();
        String neighbourCode = codeOf(file(neighbour), "RESPONDENT");
        String wrong = code.startsWith("2") ? "3" + code.substring(1) : "2" + code.substring(1);
        for (int i = 0; i < 10; i++) {
            notFound(ask(SUZHOU, number, wrong));
        }
        ask(SUZHOU, number, code).statusCode(429).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.RATE_LIMITED.uri().toString()))
                .header("Retry-After", matchesPattern("[0-9]+"))
                .header("Retry-After", not(equalTo("0")));
        ask(SUZHOU, neighbour, neighbourCode).statusCode(200);
    }

    @Test
    void theClerkReissuesACodeAndTheOldOneStopsWorkingButAnotherCourtCannot() {
        String number = Fixtures.caseNumber();
        JsonPath filed = file(number);
        String id = filed.getString("id");
        String partyId = filed.getString("parties.find { it.role == 'RESPONDENT' }.id");
        String old = codeOf(filed, "RESPONDENT");

        reissue(Tokens.courtClerk(Fixtures.GUSU), id, partyId).statusCode(404).body("detail", equalTo("case not found"));
        reissue(Tokens.withRole("jm-office"), id, partyId).statusCode(403);
        ask(SUZHOU, number, old).statusCode(200);

        String fresh = reissue(Tokens.courtClerk(SUZHOU), id, partyId).statusCode(200)
                .body("partyId", equalTo(partyId))
                .body("idNumber", equalTo(RESPONDENT_ID))
                .extract().path("queryCode");
        notFound(ask(SUZHOU, number, old));
        ask(SUZHOU, number, fresh).statusCode(200).body("parties.find { it.you }.role", equalTo("RESPONDENT"));
        reissue(Tokens.courtClerk(SUZHOU), id, java.util.UUID.randomUUID().toString()).statusCode(404)
                .body("detail", equalTo("party not found"));

        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id).then().statusCode(200)
                .body("action", hasItem("case.query-code-issued"))
                .body("action", hasItem("case.query-codes-issued"))
                .body(not(containsString(fresh)));
    }

    @Test
    void aBatchShowsTheCodesToTheClerkButNotToTheCourtSystemAndKafkaFilingsGetThemToo() throws Exception {
        String byClerk = Fixtures.caseNumber();
        Fixtures.submit(SUZHOU, List.of(Fixtures.filing(SUZHOU, byClerk, "100.00"))).statusCode(200)
                .body("results[0].queryCodes", hasSize(2))
                .body("results[0].queryCodes.find { it.idNumber == '" + RESPONDENT_ID + "' }.queryCode",
                        matchesPattern("[2-9A-HJKMNP-Z]{8}"));

        String bySystem = Fixtures.caseNumber();
        given().auth().oauth2(Tokens.courtSystem(SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("events", List.of(Fixtures.filing(SUZHOU, bySystem, "100.00"))))
                .when().post("/court-events").then().statusCode(200)
                .body("results[0].status", equalTo("ACCEPTED"))
                .body("results[0].queryCodes", nullValue());

        // a Kafka filing has no answer: its parties have codes nobody saw, until the clerk issues new ones
        String byKafka = Fixtures.caseNumber();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.courtCaseEvents(SUZHOU), SUZHOU + "|" + byKafka,
                JSON.writeValueAsString(Fixtures.filing(SUZHOU, byKafka, "100.00")))).awaitCompletion(Duration.ofSeconds(10));
        JsonPath found = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> given().auth().oauth2(Tokens.courtClerk(SUZHOU)).queryParam("caseNumber", byKafka)
                        .when().get("/cases").then().statusCode(200).extract().jsonPath(),
                p -> p.getList("$").size() == 1);
        String caseId = found.getString("[0].id");
        String partyId = found.getString("[0].parties.find { it.role == 'RESPONDENT' }.id");
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + caseId).then().statusCode(200)
                .body("action", hasItem("case.query-codes-issued"));
        String code = reissue(Tokens.judge(SUZHOU), caseId, partyId).statusCode(200).extract().path("queryCode");
        ask(SUZHOU, byKafka, code).statusCode(200).body("parties.find { it.you }.name", equalTo("张三"));
    }
}
