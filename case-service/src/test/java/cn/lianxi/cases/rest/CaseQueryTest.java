package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.party;
import static cn.lianxi.cases.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Searches, court scoping, timeline, dashboard figures and the audit log. */
@QuarkusTest
class CaseQueryTest {

    @Test
    void findsCasesByRespondentIdentifierExactly() {
        String company = IdentityNumbers.withCreditCheck("91320500" + String.format("%09d", System.nanoTime() % 1_000_000_000L)
                .replace('0', 'A').substring(0, 9));
        String id = submit(SUZHOU, List.of(filing(SUZHOU, Fixtures.caseNumber(), "10.00",
                party("RESPONDENT", "COMPANY", "某公司", company)))).statusCode(200)
                .body("accepted", equalTo(1)).extract().path("results[0].caseId");

        given().auth().oauth2(Tokens.judge(SUZHOU)).queryParam("respondentId", company.toLowerCase())
                .when().get("/cases").then().statusCode(200).body("id", contains(id))
                .header("X-Total-Count", "1");
        given().auth().oauth2(Tokens.judge(SUZHOU)).queryParam("respondentId", company.substring(0, 17))
                .when().get("/cases").then().statusCode(200).body("id", hasSize(0));
        given().auth().oauth2(Tokens.courtClerk(GUSU)).queryParam("respondentId", company)
                .when().get("/cases").then().statusCode(200).body("id", hasSize(0));
        given().auth().oauth2(Tokens.withRole("jm-office")).queryParam("respondentId", company)
                .when().get("/cases").then().statusCode(200).body("id", contains(id));
    }

    @Test
    void filtersByCourtNumberJudgeAndDatesWithPagingAndSorting() {
        String judge = "judge-" + System.nanoTime();
        for (String date : List.of("2023-01-10", "2023-02-10", "2023-03-10")) {
            Map<String, Object> e = new HashMap<>(filing(SUZHOU, Fixtures.caseNumber(), "10.00"));
            e.put("judge", judge);
            e.put("filedOn", date);
            submit(SUZHOU, List.of(e)).statusCode(200).body("accepted", equalTo(1));
        }
        given().auth().oauth2(Tokens.judge(SUZHOU)).queryParam("judge", judge).queryParam("sort", "filedOn")
                .queryParam("size", 2).when().get("/cases").then().statusCode(200)
                .header("X-Total-Count", "3").body("filedOn", contains("2023-01-10", "2023-02-10"));
        given().auth().oauth2(Tokens.judge(SUZHOU)).queryParam("judge", judge).queryParam("sort", "filedOn")
                .queryParam("size", 2).queryParam("page", 1).when().get("/cases").then().statusCode(200)
                .body("filedOn", contains("2023-03-10"));
        given().auth().oauth2(Tokens.withRole("auditor")).queryParam("judge", judge).queryParam("court", SUZHOU)
                .queryParam("filedFrom", "2023-02-01").queryParam("filedTo", "2023-03-31").queryParam("sort", "-filedOn")
                .queryParam("status", "FILED")
                .when().get("/cases").then().statusCode(200).body("filedOn", contains("2023-03-10", "2023-02-10"));
        given().auth().oauth2(Tokens.judge(SUZHOU)).queryParam("sort", "name").when().get("/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(Tokens.judge(SUZHOU)).queryParam("court", GUSU).when().get("/cases")
                .then().statusCode(403);
    }

    @Test
    void aSecondCourtSeesNothingOfTheFirstCourtsCase() {
        String number = Fixtures.caseNumber();
        String id = Fixtures.fileByEvent(SUZHOU, number, "10.00");
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.judge(GUSU)).when().get("/cases/" + id + "/timeline").then().statusCode(404);
        given().auth().oauth2(Tokens.courtClerk(GUSU)).queryParam("caseNumber", number).when().get("/cases")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).queryParam("caseNumber", number).when().get("/cases")
                .then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).body("kind", contains("CASE_FILED"))
                .body("[0].detail.basisType", equalTo("JUDGMENT"));
        given().auth().oauth2(Tokens.agency("police", "POLICE-SZ")).when().get("/cases/" + id).then().statusCode(403);
    }

    @Test
    void statsSumExactlyPerCourtAndStatusForOverseersOnly() {
        String number = Fixtures.caseNumber();
        submit(GUSU, List.of(filing(GUSU, number, "0.30"),
                Fixtures.with(Fixtures.event(GUSU, number, "PAYMENT_RECEIVED"), "amount", "0.10", "source", "OTHER",
                        "transferReference", Fixtures.transfer()),
                Fixtures.with(Fixtures.event(GUSU, number, "PAYMENT_RECEIVED"), "amount", "0.20", "source", "OTHER",
                        "transferReference", Fixtures.transfer())))
                .statusCode(200).body("accepted", equalTo(3));
        given().auth().oauth2(Tokens.withRole("jm-office")).queryParam("court", GUSU).when().get("/cases/stats")
                .then().statusCode(200)
                .body("byCourtAndStatus.find { it.status == 'FILED' }.courtCode", equalTo(GUSU))
                .body("byCourtAndStatus.find { it.status == 'FILED' }.cases", greaterThanOrEqualTo(1))
                .body("recovered.today", notNullValue());
        String body = given().auth().oauth2(Tokens.withRole("admin")).when().get("/cases/stats")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.matches("(?s).*\"today\":\\d+\\.\\d\\d.*"), body);
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when().get("/cases/stats").then().statusCode(403);
    }

    @Test
    void theAuditLogRecordsIntakeAndVerifies() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "10.00");
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id).then().statusCode(200)
                .body("action", contains("court-event.applied", "case.query-codes-issued"));
        given().auth().oauth2(Tokens.withRole("admin")).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        given().auth().oauth2(Tokens.judge(SUZHOU)).when().get("/audit/verify").then().statusCode(403);
    }
}
