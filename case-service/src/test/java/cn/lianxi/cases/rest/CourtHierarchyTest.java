package cn.lianxi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The court hierarchy (三统一): the intermediate court's division head (head-zy, C320500) reads and steers the cases of
 * the basic courts it leads, moves them between courts (交叉执行, 提级执行), and courts ask each other for steps
 * (事项委托), with their figures. Every scope is checked with another court's token.
 */
@QuarkusTest
class CourtHierarchyTest {

    private static final String SUZHOU = Fixtures.SUZHOU;
    private static final String HUQIU = "C320505";
    private static final String WUZHONG = "C320506";
    private static final String XIANGCHENG = "C320507";
    private static final String GUSU = Fixtures.GUSU;
    private static final String WUJIANG = "C320509";
    /** 常熟: a court of the labels, not one C320500 leads in the court table. */
    private static final String CHANGSHU = "C320581";
    private static final String HEAD = Tokens.divisionHead(SUZHOU);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    @DisplayName("GET /courts: the seeded table with levels and parents; the subordinates of C320500")
    void theCourtTable() {
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/courts").then().statusCode(200)
                .body("find { it.code == 'C320000' }.level", equalTo("HIGH"))
                .body("find { it.code == 'C320500' }.parentCode", equalTo("C320000"))
                .body("find { it.code == 'C320571' }.name", equalTo("苏州工业园区人民法院"));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/courts/" + SUZHOU + "/subordinates").then()
                .statusCode(200).body("code", equalTo(List.of(HUQIU, WUZHONG, XIANGCHENG, GUSU, WUJIANG, "C320571")))
                .body("level", not(hasItem("INTERMEDIATE")));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/courts/C999999/subordinates").then()
                .statusCode(404);
        given().when().get("/courts").then().statusCode(401);
    }

    @Test
    @DisplayName("三统一: head-zy (division head of C320500) sees C320505's and C320508's cases (case, timeline, clocks, "
            + "list); clerk-gs gets 404 and 403 for C320505's; a basic court's division head only its own court")
    void theIntermediateCourtsDivisionHeadSeesTheCourtsItLeads() {
        String huqiuNumber = Fixtures.caseNumber();
        String huqiu = Fixtures.fileByEvent(HUQIU, huqiuNumber, "1000.00");
        String gusu = Fixtures.fileByEvent(GUSU, Fixtures.caseNumber(), "1000.00");

        for (String id : List.of(huqiu, gusu)) {
            given().auth().oauth2(HEAD).when().get("/cases/" + id).then().statusCode(200);
            given().auth().oauth2(HEAD).when().get("/cases/" + id + "/timeline").then().statusCode(200)
                    .body("kind", hasItem("CASE_FILED"));
            given().auth().oauth2(HEAD).when().get("/cases/" + id + "/clocks").then().statusCode(200)
                    .body("kind", hasItem("FILING_TO_CONCLUSION"));
        }
        given().auth().oauth2(HEAD).queryParam("size", 500).when().get("/cases").then().statusCode(200)
                .body("id", hasItems(huqiu, gusu));
        given().auth().oauth2(HEAD).queryParam("court", HUQIU).queryParam("caseNumber", huqiuNumber).when()
                .get("/cases").then().statusCode(200).body("id", equalTo(List.of(huqiu)));
        given().auth().oauth2(HEAD).queryParam("court", CHANGSHU).when().get("/cases").then().statusCode(403);

        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + huqiu).then().statusCode(404);
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + huqiu + "/timeline").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.courtClerk(GUSU)).queryParam("court", HUQIU).when().get("/cases").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.courtClerk(GUSU)).queryParam("size", 500).when().get("/cases").then()
                .statusCode(200).body("id", hasItem(gusu)).body("id", not(hasItem(huqiu)));
        // a basic court's division head is bound to its own court like its judges
        given().auth().oauth2(Tokens.divisionHead(GUSU)).when().get("/cases/" + huqiu).then().statusCode(404);
        given().auth().oauth2(Tokens.divisionHead(GUSU)).when().get("/cases/" + gusu).then().statusCode(200);
    }

    @Test
    @DisplayName("交叉执行 C320505 → C320508 by head-zy: the case's court changes, clerk-hq no longer sees it and "
            + "clerk-gs does, the timeline says so and COURT_TRANSFERRED goes out on enforcement.cases.v1")
    void aCrossTransferMovesTheCaseToAnotherBasicCourt() {
        String id = Fixtures.fileByEvent(HUQIU, Fixtures.caseNumber(), "1000.00");
        given().auth().oauth2(Tokens.courtClerk(HUQIU)).when().get("/cases/" + id).then().statusCode(200);

        transfer(HEAD, id, GUSU, "CROSS").statusCode(200).body("courtCode", equalTo(GUSU));

        given().auth().oauth2(Tokens.courtClerk(HUQIU)).when().get("/cases/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + id).then().statusCode(200)
                .body("courtCode", equalTo(GUSU));
        List<String> kinds = given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).extract().path("kind");
        assertEquals("COURT_TRANSFERRED", kinds.get(kinds.size() - 1));
        // the new court answers for the running clocks
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + id + "/clocks").then().statusCode(200)
                .body("findAll { it.stoppedAt == null }.courtCode", not(hasItem(HUQIU)));

        JsonNode published = Fixtures.json(Fixtures.records(kafka, Topics.ENFORCEMENT_CASES,
                r -> id.equals(r.key()) && "cn.lianxi.case.court-transferred.v1".equals(Fixtures.header(r, "ce_type")),
                1).get(0).value());
        assertEquals(GUSU, published.path("courtCode").asText());
        assertEquals(HUQIU, published.path("detail").path("fromCourt").asText());
        assertEquals(GUSU, published.path("detail").path("toCourt").asText());
        assertEquals("CROSS", published.path("detail").path("mode").asText());

        // 提级执行: up to the intermediate court itself
        transfer(HEAD, id, SUZHOU, "ELEVATED").statusCode(200).body("courtCode", equalTo(SUZHOU));
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + id).then().statusCode(404);
    }

    @Test
    @DisplayName("A transfer by a clerk or judge is 403, by a basic court's division head 403; to a court outside the "
            + "intermediate court's scope or against the mode 422 naming toCourt; a case outside its scope 404")
    void transfersOutsideTheScopeAreRefused() {
        String id = Fixtures.fileByEvent(HUQIU, Fixtures.caseNumber(), "1000.00");
        transfer(Tokens.courtClerk(HUQIU), id, GUSU, "CROSS").statusCode(403);
        transfer(Tokens.judge(HUQIU), id, GUSU, "CROSS").statusCode(403);
        transfer(Tokens.divisionHead(HUQIU), id, GUSU, "CROSS").statusCode(403);
        for (Object[] wrong : new Object[][] {{CHANGSHU, "CROSS"}, {"C320000", "CROSS"}, {SUZHOU, "CROSS"},
            {HUQIU, "CROSS"}, {GUSU, "ELEVATED"}, {"C999999", "CROSS"}}) {
            transfer(HEAD, id, (String) wrong[0], (String) wrong[1]).statusCode(422)
                    .contentType("application/problem+json").body("type", endsWith("/court-out-of-scope"))
                    .body("errors[0].field", equalTo("toCourt"));
        }
        transfer(HEAD, id, GUSU, "CROSS").statusCode(200);
        String changshu = Fixtures.fileByEvent(CHANGSHU, Fixtures.caseNumber(), "1000.00");
        transfer(HEAD, changshu, GUSU, "CROSS").statusCode(404);
        given().auth().oauth2(HEAD).contentType(ContentType.JSON).body(Map.of("toCourt", GUSU)).when()
                .post("/cases/" + id + "/court-transfer").then().statusCode(400);
    }

    @Test
    @DisplayName("事项委托 C320500 → C320508: in clerk-gs's inbox, answered once (a second answer 409), both steps on "
            + "the requesting case's timeline and published, the answering clock stopped; another court's clerk 404")
    void aRequestBetweenCourtsIsAnsweredOnce() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1000.00");
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        request(Tokens.courtClerk(SUZHOU), id, SUZHOU, due).statusCode(422).body("errors[0].field", equalTo("toCourt"));
        request(Tokens.courtClerk(SUZHOU), id, "C999999", due).statusCode(422)
                .body("errors[0].field", equalTo("toCourt"));
        request(Tokens.courtClerk(GUSU), id, HUQIU, due).statusCode(404);
        String rid = request(Tokens.courtClerk(SUZHOU), id, GUSU, due).statusCode(201)
                .body("status", equalTo("SENT")).body("fromCourt", equalTo(SUZHOU)).body("toCourt", equalTo(GUSU))
                .body("caseId", equalTo(id)).body("step", equalTo("SERVE_DOCUMENT"))
                .body("dueOn", equalTo(due.toString()))
                .extract().path("id");

        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/court-requests/inbox").then().statusCode(200)
                .body("id", hasItem(rid));
        given().auth().oauth2(Tokens.courtClerk(HUQIU)).when().get("/court-requests/inbox").then().statusCode(200)
                .body("id", not(hasItem(rid)));
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when().get("/court-requests/" + rid).then().statusCode(200);
        given().auth().oauth2(Tokens.courtClerk(HUQIU)).when().get("/court-requests/" + rid).then().statusCode(404);
        answer(Tokens.courtClerk(HUQIU), rid).statusCode(404);
        answer(Tokens.courtClerk(SUZHOU), rid).statusCode(404);

        answer(Tokens.judge(GUSU), rid).statusCode(200).body("status", equalTo("ANSWERED"))
                .body("outcome", equalTo("DONE")).body("result", equalTo("已送达"))
                .body("evidence[0].sha256", equalTo("ab".repeat(32)));
        answer(Tokens.courtClerk(GUSU), rid).statusCode(409).body("type", endsWith("/already-answered"));

        List<String> kinds = Fixtures.timeline(id).getList("kind");
        assertTrue(kinds.containsAll(List.of("COURT_REQUEST_SENT", "COURT_REQUEST_ANSWERED")), kinds.toString());
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when().get("/cases/" + id + "/clocks").then().statusCode(200)
                .body("find { it.kind == 'COURT_REQUEST_TO_ANSWER' }.stoppedAt", org.hamcrest.Matchers.notNullValue());
        JsonNode sent = Fixtures.json(Fixtures.records(kafka, Topics.ENFORCEMENT_CASES,
                r -> id.equals(r.key()) && "cn.lianxi.case.court-request-sent.v1".equals(Fixtures.header(r, "ce_type")),
                1).get(0).value());
        assertEquals(rid, sent.path("detail").path("requestId").asText());
        assertEquals(GUSU, sent.path("detail").path("toCourt").asText());
        Fixtures.records(kafka, Topics.ENFORCEMENT_CASES, r -> id.equals(r.key())
                && "cn.lianxi.case.court-request-answered.v1".equals(Fixtures.header(r, "ce_type")), 1);

        given().auth().oauth2(Tokens.courtClerk(GUSU)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "DONE", "summary", "x", "evidence", List.of(Map.of("name", "a.pdf",
                        "sha256", "not-a-digest", "mediaType", "application/pdf"))))
                .when().post("/court-requests/" + rid + "/answer").then().statusCode(400);
    }

    @Test
    @DisplayName("Request figures: per pair of courts, sent, answered, answered within the deadline, the mean hours; "
            + "court staff see their own court's pairs only")
    void requestFigures() {
        String id = Fixtures.fileByEvent(WUZHONG, Fixtures.caseNumber(), "1000.00");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String first = request(Tokens.courtClerk(WUZHONG), id, XIANGCHENG, today.plusDays(3)).statusCode(201)
                .extract().path("id");
        request(Tokens.courtClerk(WUZHONG), id, XIANGCHENG, today.plusDays(3)).statusCode(201);
        answer(Tokens.courtClerk(XIANGCHENG), first).statusCode(200);

        for (String token : List.of(Tokens.withRole("jm-office"), Tokens.courtClerk(XIANGCHENG), HEAD)) {
            given().auth().oauth2(token).queryParam("from", today.toString()).queryParam("to", today.toString())
                    .when().get("/court-requests/figures").then().statusCode(200)
                    .body("from", equalTo(today.toString()))
                    .body("requests.find { it.fromCourt == 'C320506' && it.toCourt == 'C320507' }.sent", equalTo(2))
                    .body("requests.find { it.fromCourt == 'C320506' && it.toCourt == 'C320507' }.answered",
                            equalTo(1))
                    .body("requests.find { it.fromCourt == 'C320506' && it.toCourt == 'C320507' }"
                            + ".answeredWithinDeadline", equalTo(1))
                    .body("requests.find { it.fromCourt == 'C320506' && it.toCourt == 'C320507' }"
                            + ".averageHoursToAnswer", org.hamcrest.Matchers.notNullValue());
        }
        given().auth().oauth2(Tokens.courtClerk(WUJIANG)).queryParam("from", today.toString())
                .queryParam("to", today.toString()).when().get("/court-requests/figures").then().statusCode(200)
                .body("requests.fromCourt", not(hasItem(WUZHONG)));
        given().auth().oauth2(Tokens.withRole("auditor")).queryParam("from", today.minusDays(3).toString())
                .queryParam("to", today.minusDays(1).toString()).when().get("/court-requests/figures").then()
                .statusCode(200).body("requests.fromCourt", not(hasItem(WUZHONG)));
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC")).queryParam("from", today.toString())
                .queryParam("to", today.toString()).when().get("/court-requests/figures").then().statusCode(403);
    }

    private static ValidatableResponse transfer(String token, String id, String toCourt, String mode) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("toCourt", toCourt, "mode", mode, "reason", "回避")).when()
                .post("/cases/" + id + "/court-transfer").then();
    }

    @Test
    @DisplayName("三统一: the intermediate court's division head reads a request between two of its basic courts (it "
            + "watches their deadlines); a third basic court's clerk 404")
    void theIntermediateCourtWatchesTheRequestsBetweenItsBasicCourts() {
        String id = Fixtures.fileByEvent(HUQIU, Fixtures.caseNumber(), "2000.00");
        String rid = request(Tokens.courtClerk(HUQIU), id, GUSU, LocalDate.now(ZoneOffset.UTC).plusDays(3))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.divisionHead(SUZHOU)).when().get("/court-requests/" + rid).then()
                .statusCode(200).body("fromCourt", equalTo(HUQIU)).body("toCourt", equalTo(GUSU));
        given().auth().oauth2(Tokens.courtClerk("C320506")).when().get("/court-requests/" + rid).then()
                .statusCode(404);
    }

    private static ValidatableResponse request(String token, String id, String toCourt, LocalDate due) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("toCourt", toCourt,
                "step", "SERVE_DOCUMENT", "details", "送达执行通知书", "dueOn", due.toString())).when()
                .post("/cases/" + id + "/court-requests").then();
    }

    private static ValidatableResponse answer(String token, String rid) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("outcome", "DONE",
                "summary", "已送达", "evidence", List.of(Map.of("name", "送达回证.pdf", "sha256", "ab".repeat(32),
                        "mediaType", "application/pdf")))).when().post("/court-requests/" + rid + "/answer").then();
    }
}
