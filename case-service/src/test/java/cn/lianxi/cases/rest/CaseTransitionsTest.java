package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.GUSU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.cases.RoundEndFixtures;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Status transitions through the judges' REST actions (the same intake as court events). */
@QuarkusTest
class CaseTransitionsTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    static ValidatableResponse post(String id, String action, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(Tokens.judge(SUZHOU)).contentType(ContentType.JSON)
                .body(Fixtures.basis(action, body)).when().post("/cases/" + id + "/" + action).then();
    }

    static ValidatableResponse transition(String id, Map<String, ?> body) {
        return post(id, "transitions", body);
    }

    @Test
    void aCaseRunsFromFilingToFullPerformanceAndThenRefusesAnyChange() throws Exception {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "0.30");
        post(id, "asset-inquiries", Map.of()).statusCode(200).body("status", equalTo("INVESTIGATING"));
        post(id, "freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "6222000011112222", "amount", "0.30"))
                .statusCode(200).body("status", equalTo("MEASURES_UNDER_WAY"));
        post(id, "payments", Map.of("amount", "0.10", "source", "VOLUNTARY", "transferReference", "TR-010")).statusCode(200)
                .body("readyToConclude", equalTo(false));
        post(id, "payments", Map.of("amount", "0.20", "source", "DEDUCTION", "transferReference", "TR-020")).statusCode(200)
                .body("amountRecovered", Fixtures.amount("0.30")).body("readyToConclude", equalTo(true));
        transition(id, Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE")).statusCode(200)
                .body("status", equalTo("CONCLUDED")).body("conclusionType", equalTo("FULL_PERFORMANCE"));

        transition(id, Map.of("targetStatus", "INVESTIGATING")).statusCode(409)
                .contentType("application/problem+json")
                .spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION, 409))
                .body("detail", containsString("FULL_PERFORMANCE"));

        var concluded = Fixtures.caseEvents(kafka, id, 8).stream()
                .filter(r -> "cn.lianxi.case.case-concluded.v1".equals(Fixtures.header(r, "ce_type"))).findFirst()
                .orElseThrow();
        assertEquals("FULL_PERFORMANCE", new com.fasterxml.jackson.databind.ObjectMapper().readTree(concluded.value())
                .path("detail").path("conclusionType").asText(), concluded.value());
        assertEquals(java.util.List.of("CASE_FILED", "STATUS_CHANGED", "ASSET_INQUIRY_REQUESTED", "STATUS_CHANGED",
                "FREEZE_ORDERED", "PAYMENT_RECEIVED", "PAYMENT_RECEIVED", "READY_TO_CONCLUDE", "CASE_CONCLUDED",
                "UNFREEZE_ORDERED"),
                Fixtures.timelineKinds(id));
    }

    @Test
    void forbiddenTransitionsAre409WithTheReason() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1000.00");
        transition(id, Map.of("targetStatus", "CONCLUDED", "conclusionType", "TERMINATION_OF_THIS_ROUND"))
                .statusCode(409).spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION, 409))
                .body("detail", containsString("property investigation"));
        transition(id, Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE"))
                .statusCode(409).body("detail", containsString("amount recovered"));
        transition(id, Map.of("targetStatus", "INVESTIGATING", "reason", "resume?")).statusCode(200);
        transition(id, Map.of("targetStatus", "MEASURES_UNDER_WAY")).statusCode(200);
        transition(id, Map.of("targetStatus", "INVESTIGATING")).statusCode(409)
                .body("detail", containsString("MEASURES_UNDER_WAY cannot move to INVESTIGATING"));
        // the contract's rule method isConclusionTypeGiven names the field it guards
        transition(id, Map.of("targetStatus", "CONCLUDED")).statusCode(400)
                .body("errors[0].field", startsWith("conclusionType"));
        transition(id, Map.of("targetStatus", "FILED")).statusCode(400);
        Fixtures.caseView(id).body("status", equalTo("MEASURES_UNDER_WAY"));
    }

    @Test
    void aSuspendedCaseResumesWhereItWasAndTakesNoMeasuresMeanwhile() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "500.00");
        post(id, "asset-inquiries", Map.of()).statusCode(200);
        transition(id, Map.of("targetStatus", "SUSPENDED", "reason", "案外人异议")).statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        post(id, "freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "1", "amount", "1.00"))
                .statusCode(409).spec(Problems.of(ProblemType.CASE_NOT_ACTIVE, 409));
        transition(id, Map.of("targetStatus", "CONCLUDED", "conclusionType", "SETTLEMENT_PERFORMED"))
                .statusCode(409).body("detail", containsString("resume it first"));
        transition(id, Map.of("targetStatus", "SUSPENDED")).statusCode(409);
        transition(id, Map.of("targetStatus", "INVESTIGATING")).statusCode(200).body("status", equalTo("INVESTIGATING"));
    }

    @Test
    void aTerminatedRoundResumesWhenAssetsAppearButOtherConclusionsAreFinal() {
        String id = RoundEndFixtures.readyForRoundEnd(kafka, mapper, 200);
        Fixtures.approved(id, transition(id, RoundEndFixtures.roundEnd()))
                .body("conclusionType", equalTo("TERMINATION_OF_THIS_ROUND"));
        transition(id, Map.of("targetStatus", "INVESTIGATING", "reason", "发现财产")).statusCode(200)
                .body("status", equalTo("INVESTIGATING")).body("conclusionType", nullValue());

        transition(id, Map.of("targetStatus", "CONCLUDED", "conclusionType", "NON_ENFORCEMENT")).statusCode(200);
        transition(id, Map.of("targetStatus", "INVESTIGATING")).statusCode(409)
                .body("detail", containsString("cannot be resumed"));
    }

    @Test
    void onlyJudgesOfTheCourtDecide() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "100.00");
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("targetStatus", "INVESTIGATING")).when().post("/cases/" + id + "/transitions")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.judge(GUSU)).contentType(ContentType.JSON)
                .body(Map.of("targetStatus", "INVESTIGATING")).when().post("/cases/" + id + "/transitions")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.withRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("targetStatus", "INVESTIGATING")).when().post("/cases/" + id + "/transitions")
                .then().statusCode(403);
        Fixtures.caseView(id).body("status", equalTo("FILED"));
    }

    @Test
    void anIdempotencyKeyMakesARepeatedActionHarmless() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "100.00");
        for (int i = 0; i < 2; i++) {
            given().config(Fixtures.EXACT).auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "pay-" + id).body(Map.of("amount", "10.05", "source", "VOLUNTARY", "transferReference", "TR-1005"))
                    .when().post("/cases/" + id + "/payments").then().statusCode(200)
                    .body("amountRecovered", Fixtures.amount("10.05"));
        }
    }
}
