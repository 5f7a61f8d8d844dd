package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.ADULT_ID;
import static cn.lianxi.cases.Fixtures.COMPANY_CODE;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.party;
import static cn.lianxi.cases.Fixtures.submit;
import static cn.lianxi.cases.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The contract's edges over HTTP: exact amounts at both ends of the range, strict JSON, clean text, sensible dates,
 * distinct parties, and idempotency that refuses conflicts (batch event ids and the actions' Idempotency-Key).
 */
@QuarkusTest
class ContractEdgesTest {

    static final String MAX = "99999999999999.99";

    static ValidatableResponse action(String id, String path, String key, Map<String, ?> body) {
        var request = given().config(Fixtures.EXACT).auth().oauth2(Tokens.judge(SUZHOU)).contentType(ContentType.JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(Fixtures.basis(path, body)).when().post("/cases/" + id + "/" + path).then();
    }

    static ValidatableResponse fileRaw(String json) {
        return given().auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON).body(json)
                .when().post("/cases").then();
    }

    @Test
    void amountsAreExactAtBothEndsOfTheRangeInTheBatchAndTheActions() {
        String number = Fixtures.caseNumber();
        String id = submit(SUZHOU, List.of(filing(SUZHOU, number, MAX),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "1.005", "source", "VOLUNTARY",
                        "transferReference", Fixtures.transfer()),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "bankCode", "ICBC", "accountNumber", "62", "amount", MAX)))
                .statusCode(200).body("accepted", equalTo(2))
                .body("results[1].reason.status", equalTo(400)).body("results[1].reason.field", equalTo("amount"))
                .extract().path("results[0].caseId");
        Fixtures.caseView(id).body("amountOwed", Fixtures.amount(MAX));

        action(id, "payments", null, Map.of("amount", "0.001", "source", "VOLUNTARY", "transferReference", "TR-a")).statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        action(id, "payments", null, Map.of("amount", MAX, "source", "VOLUNTARY", "transferReference", "TR-b")).statusCode(200)
                .body("amountRecovered", Fixtures.amount(MAX)).body("readyToConclude", equalTo(true));
        var timeline = Fixtures.timeline(id);
        assertEquals("冻结 freeze ordered: 99,999,999,999,999.99 CNY", timeline.getString("find { it.kind == 'FREEZE_ORDERED' }.summary"));
        assertEquals(new BigDecimal(MAX), timeline.get("find { it.kind == 'FREEZE_ORDERED' }.detail.order.amount"));
        assertEquals(new BigDecimal(MAX), timeline.get("find { it.kind == 'PAYMENT_RECEIVED' }.detail.amount"));
    }

    @Test
    void thePartOfAPaymentBeyondTheStoredTotalIsRefusedAtOnce() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), MAX);
        for (int i = 0; i < 100; i++) {
            action(id, "payments", null, Map.of("amount", MAX, "source", "AUCTION", "transferReference", "TR-" + i))
                    .statusCode(200);
        }
        action(id, "payments", null, Map.of("amount", MAX, "source", "AUCTION", "transferReference", "TR-100"))
                .statusCode(409)
                .spec(Problems.of(ProblemType.TOTAL_OVERFLOW, 409)).body("errors[0].field", equalTo("amount"))
                .time(lessThan(5L), TimeUnit.SECONDS);
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("9999999999999999.00"));
    }

    @Test
    void theSameEventIdWithOtherContentIsRefusedAndTheFirstContentStays() {
        String number = Fixtures.caseNumber();
        Map<String, Object> payment = with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "7.00",
                "source", "VOLUNTARY", "transferReference", Fixtures.transfer());
        String id = submit(SUZHOU, List.of(filing(SUZHOU, number, "100.00"), payment)).statusCode(200)
                .body("accepted", equalTo(2)).extract().path("results[0].caseId");
        Map<String, Object> changed = with(new java.util.HashMap<>(payment), "amount", "70.00");

        submit(SUZHOU, List.of(changed, payment)).statusCode(200)
                .body("rejected", equalTo(1)).body("duplicates", equalTo(1))
                .body("results[0].status", equalTo("REJECTED"))
                .body("results[0].reason.status", equalTo(409))
                .body("results[0].reason.rule", equalTo("conflicting-duplicate"))
                .body("results[0].reason.detail", containsString((String) payment.get("eventId")))
                .body("results[1].status", equalTo("DUPLICATE"));
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("7.00"));
        assertEquals(2, Fixtures.timelineKinds(id).size());
    }

    @Test
    void aReusedIdempotencyKeyWithAnotherBodyIs409AndWithTheSameBodyTheSameAnswerPerCaller() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "100.00");
        String key = "pay-" + id;
        action(id, "payments", key, Map.of("amount", "10.05", "source", "VOLUNTARY", "transferReference", "TR-1005")).statusCode(200)
                .body("amountRecovered", Fixtures.amount("10.05"));
        action(id, "payments", key, Map.of("amount", "10.05", "source", "VOLUNTARY", "transferReference", "TR-1005")).statusCode(200)
                .body("amountRecovered", Fixtures.amount("10.05"));
        action(id, "payments", key, Map.of("amount", "99.00", "source", "VOLUNTARY", "transferReference", "TR-9900")).statusCode(409)
                .contentType("application/problem+json").spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409))
                .body("detail", containsString(key));
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("10.05"));
        given().config(Fixtures.EXACT).auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("amount", "1.00", "source", "VOLUNTARY", "transferReference", "TR-100"))
                .when().post("/cases/" + id + "/payments").then().statusCode(200)
                .body("amountRecovered", Fixtures.amount("11.05"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张\u0000三", "张\u202E三", "\u200B\u200B", "张\n三"})
    void aNameThatIsNotCleanTextIs400NamingTheFieldAtOnce(String name) {
        Map<String, Object> filing = filing(SUZHOU, Fixtures.caseNumber(), "1.00",
                party("RESPONDENT", "PERSON", name, ADULT_ID));
        submit(SUZHOU, List.of(filing)).statusCode(200).time(lessThan(5L), TimeUnit.SECONDS)
                .body("results[0].reason.status", equalTo(400))
                .body("results[0].reason.field", equalTo("parties[1].name"));
        filing.remove("kind");
        filing.remove("eventId");
        filing.remove("courtCode");
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON).body(filing)
                .when().post("/cases").then().statusCode(400).time(lessThan(5L), TimeUnit.SECONDS)
                .contentType("application/problem+json").body("errors[0].field", equalTo("parties[1].name"));
    }

    @Test
    void duplicateKeysAndTrailingGarbageAre400() {
        String body = "{\"caseNumber\":\"(2023)苏05执1号\",\"caseNumber\":\"(2023)苏05执2号\",\"filedOn\":\"2023-03-01\"}";
        fileRaw(body).statusCode(400).contentType("application/problem+json");
        fileRaw("{\"caseNumber\":\"(2023)苏05执1号\"} {\"x\":1}").statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .body("{\"events\":[{\"kind\":\"CASE_RESUMED\",\"kind\":\"CASE_SUSPENDED\"}]}")
                .when().post("/court-events").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .body("{\"events\":[]}garbage").when().post("/court-events").then().statusCode(400);
    }

    @Test
    void datesMustMakeSense() {
        String number = Fixtures.caseNumber();
        Map<String, Object> future = filing(SUZHOU, Fixtures.caseNumber(), "1.00");
        future.put("filedOn", LocalDate.now().plusDays(2).toString());
        Map<String, Object> ancient = filing(SUZHOU, Fixtures.caseNumber(), "1.00");
        ancient.put("filedOn", "1989-12-31");
        submit(SUZHOU, List.of(filing(SUZHOU, number, "10.00"),
                with(event(SUZHOU, number, "CASE_SUSPENDED"), "occurredAt",
                        Instant.now().plus(1, ChronoUnit.HOURS).toString()),
                with(event(SUZHOU, number, "CASE_SUSPENDED"), "occurredAt", "2023-02-27T12:00:00Z"),
                future, ancient))
                .statusCode(200).body("accepted", equalTo(1))
                .body("results[1].reason.field", equalTo("occurredAt"))
                .body("results[1].reason.detail", containsString("future"))
                .body("results[2].reason.status", equalTo(400))
                .body("results[2].reason.field", equalTo("occurredAt"))
                .body("results[2].reason.detail", containsString("before the case was filed"))
                .body("results[3].reason.field", equalTo("filedOn"))
                .body("results[4].reason.field", equalTo("filedOn"))
                .body("results[4].reason.detail", containsString("1990"));
    }

    @Test
    void theSamePartyTwiceOrTheApplicantAsRespondentIsRefused() {
        Map<String, Object> twice = filing(SUZHOU, Fixtures.caseNumber(), "1.00");
        twice.put("parties", List.of(party("APPLICANT", "COMPANY", "甲银行", COMPANY_CODE),
                party("RESPONDENT", "PERSON", "张三", ADULT_ID), party("RESPONDENT", "PERSON", "张三", ADULT_ID)));
        Map<String, Object> self = filing(SUZHOU, Fixtures.caseNumber(), "1.00");
        self.put("parties", List.of(party("APPLICANT", "PERSON", "张三", ADULT_ID),
                party("RESPONDENT", "PERSON", "张三", ADULT_ID)));
        submit(SUZHOU, List.of(twice, self)).statusCode(200).body("rejected", equalTo(2))
                .body("results[0].reason.status", equalTo(400)).body("results[0].reason.field", equalTo("parties"))
                .body("results[1].reason.status", equalTo(400)).body("results[1].reason.field", equalTo("parties"));

        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1.00");
        action(id, "parties", null, Map.of("party", party("APPLICANT", "PERSON", "张三", ADULT_ID))).statusCode(409)
                .spec(Problems.of(ProblemType.PARTY_EXISTS, 409));
    }

    @Test
    void anOrderBindingPersonsIsRefusedForAPersonRespondent() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1.00");
        String bound = IdentityNumbers.withResidentCheck("32050819750505101");
        action(id, "consumption-restrictions", null, Map.of("behaviours", List.of("FLIGHTS"), "boundPersons",
                List.of(Map.of("role", "LEGAL_REPRESENTATIVE", "name", "李四", "idNumber", bound))))
                .statusCode(409).spec(Problems.of(ProblemType.BOUND_PERSONS_NEED_COMPANY, 409))
                .body("errors[0].field", equalTo("boundPersons"));
        action(id, "consumption-restrictions", null, Map.of("behaviours", List.of("FLIGHT"))).statusCode(400);
        action(id, "consumption-restrictions", null, Map.of("behaviours", List.of("FLIGHTS"))).statusCode(200);
    }
}
