package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Petitions about enforcement cases (涉执信访) through the API: registered by the case's court, linked as repeats,
 * answered, acknowledged, extended once (《信访工作条例》 art. 32), on the case timeline and in the audit log; another
 * court sees nothing of them; the figures count them per court.
 */
@QuarkusTest
class PetitionsTest {

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> petition(String role, String channel, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("petitioner", Map.of("role", role));
        body.put("channel", channel);
        body.put("category", category);
        body.put("complaint", "立案半年未见任何执行措施，\n请求法院尽快处置被执行人财产。");
        return body;
    }

    static ValidatableResponse register(String token, String caseId, Map<String, Object> body) {
        return as(token).body(body).when().post("/cases/" + caseId + "/petitions").then();
    }

    static String registered(String court, String caseId, Map<String, Object> body) {
        return register(Tokens.courtClerk(court), caseId, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse step(String token, String petitionId, String step, Map<String, ?> body) {
        return as(token).body(body).when().post("/petitions/" + petitionId + "/" + step).then();
    }

    static String daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).toString();
    }

    @Test
    void aPetitionIsRegisteredLinkedAnsweredAndAcknowledgedOnTheCaseTimeline() {
        String caseId = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "5000.00");
        String received = "2026-01-10T02:00:00Z";
        Map<String, Object> letter = petition("APPLICANT", "LETTER", "PASSIVE_ENFORCEMENT");
        letter.put("receivedAt", received);
        ValidatableResponse first = register(Tokens.courtClerk(SUZHOU), caseId, letter).statusCode(201)
                .body("status", equalTo("REGISTERED")).body("courtCode", equalTo(SUZHOU))
                .body("petitioner.role", equalTo("APPLICANT")).body("petitioner.name", equalTo("苏州某银行"))
                .body("receivedAt", equalTo(received))
                // 《信访工作条例》 art. 32: 60 days
                .body("deadline", equalTo("2026-03-11T02:00:00Z"))
                .body("repeatNumber", equalTo(0)).body("repeatOf", nullValue())
                .body("registeredBy", equalTo("clerk-" + SUZHOU));
        String firstId = first.extract().path("id");
        first.header("Location", org.hamcrest.Matchers.endsWith("/petitions/" + firstId));

        // a second petition while the first is open repeats it
        String secondId = register(Tokens.judge(SUZHOU), caseId, petition("APPLICANT", "HOTLINE_12368", "OTHER"))
                .statusCode(201).body("repeatOf", equalTo(firstId)).body("repeatNumber", equalTo(1))
                .body("overdue", equalTo(false)).extract().path("id");

        step(Tokens.judge(SUZHOU), firstId, "answer", Map.of("answer", "已于本周冻结被执行人账户。")).statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredBy", equalTo("judge-" + SUZHOU))
                // received 2026-01-10, answered after its deadline 2026-03-11
                .body("overdue", equalTo(true));
        step(Tokens.judge(SUZHOU), firstId, "answer", Map.of("answer", "again")).statusCode(409)
                .spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION, 409));
        step(Tokens.courtClerk(SUZHOU), secondId, "acknowledgement", Map.of("acknowledgement", "SATISFIED"))
                .statusCode(409).spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION, 409));
        step(Tokens.courtClerk(SUZHOU), firstId, "acknowledgement", Map.of("acknowledgement", "DISSATISFIED"))
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement", equalTo("DISSATISFIED"))
                .body("acknowledgementRecordedBy", equalTo("clerk-" + SUZHOU));

        // the answer the party rejected leaves the matter open: the next petition repeats the latest open one
        String thirdId = register(Tokens.courtClerk(SUZHOU), caseId,
                petition("APPLICANT", "VISIT", "UNFAIR_ENFORCEMENT")).statusCode(201)
                .body("repeatOf", equalTo(secondId)).body("repeatNumber", equalTo(2)).extract().path("id");

        as(Tokens.withRole("jm-office")).when().get("/cases/" + caseId + "/petitions").then().statusCode(200)
                .body("id", equalTo(List.of(firstId, secondId, thirdId)))
                .body("status", equalTo(List.of("ACKNOWLEDGED", "REGISTERED", "REGISTERED")));
        List<String> kinds = Fixtures.timelineKinds(caseId);
        assertEquals(List.of("CASE_FILED", "PETITION_REGISTERED", "PETITION_REGISTERED", "PETITION_ANSWERED",
                "PETITION_ACKNOWLEDGED", "PETITION_REGISTERED"), kinds);
        List<String> summaries = Fixtures.timeline(caseId).getList("summary", String.class);
        String dueDay = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(60).toString();
        assertEquals("涉执信访 登记 petition registered: 12368 热线, 其他, by the applicant; answer due " + dueDay
                + "; repeat #1 of petition " + firstId, summaries.get(2));
        as(Tokens.withRole("auditor")).when().get("/audit/" + caseId).then().statusCode(200)
                .body("action", hasItems("petition.registered", "petition.answered", "petition.acknowledged"));
    }

    @Test
    void anotherCourtSeesNothingOfAPetitionAndChangesNothing() {
        String caseId = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "800.00");
        String id = registered(SUZHOU, caseId, petition("RESPONDENT", "ONLINE", "UNLAWFUL_ENFORCEMENT"));

        register(Tokens.courtClerk(GUSU), caseId, petition("RESPONDENT", "ONLINE", "OTHER")).statusCode(404)
                .spec(Problems.of(ProblemType.NOT_FOUND, 404));
        as(Tokens.courtClerk(GUSU)).when().get("/cases/" + caseId + "/petitions").then().statusCode(404);
        as(Tokens.judge(GUSU)).when().get("/petitions/" + id).then().statusCode(404);
        step(Tokens.judge(GUSU), id, "answer", Map.of("answer", "不是本院的")).statusCode(404);
        step(Tokens.judge(GUSU), id, "extension", Map.of("reason", "x")).statusCode(404);
        as(Tokens.courtClerk(GUSU)).when().get("/petitions?court=" + SUZHOU).then().statusCode(403);
        as(Tokens.courtClerk(GUSU)).when().get("/petitions?size=500").then().statusCode(200)
                .body("id", not(hasItem(id)));
        // partners and oversight do not register or answer
        register(Tokens.agency("bank", "BANK-ICBC"), caseId, petition("RESPONDENT", "ONLINE", "OTHER")).statusCode(403);
        step(Tokens.withRole("jm-office"), id, "answer", Map.of("answer", "x")).statusCode(403);

        as(Tokens.judge(SUZHOU)).when().get("/petitions/" + id).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("answer", nullValue());
        as(Tokens.withRole("auditor")).when().get("/petitions/" + id).then().statusCode(200);
    }

    @Test
    void theTermIsExtendedOnceBeforeItsDeadlineAndAnOverduePetitionIsInTheQueue() {
        String caseId = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "800.00");
        String extendable = registered(SUZHOU, caseId, petition("APPLICANT", "VISIT", "OTHER"));
        Map<String, Object> old = petition("APPLICANT", "LETTER", "PASSIVE_ENFORCEMENT");
        old.put("receivedAt", daysAgo(61));
        String overdue = registered(SUZHOU, caseId, old);

        step(Tokens.courtClerk(SUZHOU), extendable, "extension", Map.of("reason", "需异地调查")).statusCode(403);
        String deadline = as(Tokens.judge(SUZHOU)).when().get("/petitions/" + extendable).then().extract()
                .path("deadline");
        step(Tokens.judge(SUZHOU), extendable, "extension", Map.of("reason", "需异地调查")).statusCode(200)
                .body("deadline", equalTo(Instant.parse(deadline).atZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .plusDays(30).toInstant().toString()))
                .body("extensionReason", equalTo("需异地调查"));
        step(Tokens.judge(SUZHOU), extendable, "extension", Map.of("reason", "再次")).statusCode(409)
                .spec(Problems.of(ProblemType.ALREADY_DECIDED, 409));
        // the term ran out: no extension turns the breach into compliance
        step(Tokens.judge(SUZHOU), overdue, "extension", Map.of("reason", "补批")).statusCode(409)
                .spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION, 409));

        as(Tokens.courtClerk(SUZHOU)).when().get("/petitions?status=REGISTERED&overdue=true&size=500").then()
                .statusCode(200).body("id", hasItem(overdue)).body("id", not(hasItem(extendable)))
                .body("overdue", not(hasItem(false)));
        as(Tokens.courtClerk(SUZHOU)).when().get("/petitions?overdue=false&size=500").then().statusCode(200)
                .body("id", hasItem(extendable)).body("id", not(hasItem(overdue)));
        assertEquals(List.of("CASE_FILED", "PETITION_REGISTERED", "PETITION_REGISTERED", "PETITION_EXTENDED"),
                Fixtures.timelineKinds(caseId));
    }

    @Test
    void aResentStepWithItsIdempotencyKeyChangesNothing() {
        String caseId = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "800.00");
        Map<String, Object> body = petition("APPLICANT", "ONLINE", "PASSIVE_ENFORCEMENT");
        String id = as(Tokens.courtClerk(SUZHOU)).header("Idempotency-Key", "pet-1").body(body)
                .when().post("/cases/" + caseId + "/petitions").then().statusCode(201).extract().path("id");
        as(Tokens.courtClerk(SUZHOU)).header("Idempotency-Key", "pet-1").body(body)
                .when().post("/cases/" + caseId + "/petitions").then().statusCode(201).body("id", equalTo(id))
                .body("repeatOf", nullValue());
        Map<String, Object> other = petition("APPLICANT", "ONLINE", "OTHER");
        as(Tokens.courtClerk(SUZHOU)).header("Idempotency-Key", "pet-1").body(other)
                .when().post("/cases/" + caseId + "/petitions").then().statusCode(409)
                .spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        // another officer's same key is their own
        as(Tokens.judge(SUZHOU)).header("Idempotency-Key", "pet-1").body(other)
                .when().post("/cases/" + caseId + "/petitions").then().statusCode(201).body("id", not(equalTo(id)));

        for (int i = 0; i < 2; i++) {
            as(Tokens.judge(SUZHOU)).header("Idempotency-Key", "answer-1").body(Map.of("answer", "已处理"))
                    .when().post("/petitions/" + id + "/answer").then().statusCode(200)
                    .body("status", equalTo("ANSWERED"));
        }
        assertEquals(List.of("CASE_FILED", "PETITION_REGISTERED", "PETITION_REGISTERED", "PETITION_ANSWERED"),
                Fixtures.timelineKinds(caseId));
    }

    @Test
    void aPetitionNamesAPartyInItsRoleAndATimeOfReceiptThatHasBeen() {
        String caseId = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "800.00");
        Map<String, Object> stranger = petition("RESPONDENT", "LETTER", "OTHER");
        stranger.put("petitioner", Map.of("role", "RESPONDENT", "idNumber", Fixtures.COMPANY_CODE));
        register(Tokens.courtClerk(SUZHOU), caseId, stranger).statusCode(409)
                .spec(Problems.of(ProblemType.PARTY_NOT_FOUND, 409))
                .body("errors[0].field", equalTo("petitioner.idNumber"))
                .body(not(org.hamcrest.Matchers.containsString(Fixtures.COMPANY_CODE)));
        Map<String, Object> future = petition("RESPONDENT", "LETTER", "OTHER");
        future.put("receivedAt", Instant.now().plus(Duration.ofHours(1)).toString());
        register(Tokens.courtClerk(SUZHOU), caseId, future).statusCode(400)
                .spec(Problems.of(ProblemType.RECEIVED_IN_FUTURE, 400));
        Map<String, Object> blank = petition("RESPONDENT", "LETTER", "OTHER");
        blank.put("complaint", " ");
        register(Tokens.courtClerk(SUZHOU), caseId, blank).statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("complaint"));
        Map<String, Object> unknownChannel = petition("RESPONDENT", "FAX", "OTHER");
        register(Tokens.courtClerk(SUZHOU), caseId, unknownChannel).statusCode(400);
        assertEquals(List.of("CASE_FILED"), Fixtures.timelineKinds(caseId), "a refused petition leaves no trace");
    }

    /** The figures count one court's petitions exactly (a court no other test uses). */
    @Test
    void theCaseFiguresCountEachCourtsPetitions() {
        String court = "C320581";
        String caseId = Fixtures.fileByEvent(court, Fixtures.caseNumber(), "800.00");
        Map<String, Object> old = petition("APPLICANT", "LETTER", "PASSIVE_ENFORCEMENT");
        old.put("receivedAt", daysAgo(70));
        registered(court, caseId, old); // open past its deadline: overdue
        String repeat = registered(court, caseId, petition("APPLICANT", "ONLINE", "PASSIVE_ENFORCEMENT"));
        step(Tokens.judge(court), repeat, "answer", Map.of("answer", "已处理")).statusCode(200);
        step(Tokens.courtClerk(court), repeat, "acknowledgement", Map.of("acknowledgement", "BASICALLY_SATISFIED"))
                .statusCode(200);

        as(Tokens.withRole("jm-office")).when().get("/cases/stats?court=" + court).then().statusCode(200)
                .body("petitionsByCourt.size()", equalTo(1))
                .body("petitionsByCourt[0].courtCode", equalTo(court))
                .body("petitionsByCourt[0].received", equalTo(2))
                .body("petitionsByCourt[0].answeredWithinDeadline", equalTo(1))
                .body("petitionsByCourt[0].overdue", equalTo(1))
                .body("petitionsByCourt[0].repeats", equalTo(1))
                .body("petitionsByCourt[0].acknowledgedSatisfied", equalTo(1));
        as(Tokens.withRole("auditor")).when().get("/petitions?court=" + court + "&overdue=true").then()
                .statusCode(200).header("X-Total-Count", "1");
    }
}
