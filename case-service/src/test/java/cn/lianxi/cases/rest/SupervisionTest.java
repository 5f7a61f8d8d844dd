package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SECOND_JUDGE;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.RoundEndFixtures.act;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * 制度铁笼: 终本 and an unfreeze before performance wait for a second judge of the case's court (the test profile keeps
 * the defaults: both supervised, approver role judge). The requester cannot decide, another court does not see the
 * request, the approval applies the action as requested (its effects with it), a rejection leaves the case.
 */
@QuarkusTest
class SupervisionTest {

    private static final String FIRST = "judge-" + SUZHOU;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    private static RequestSpecification as(String token) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static ValidatableResponse approve(String token, String approval) {
        return as(token).when().post("/approvals/" + approval + "/approval").then();
    }

    @Test
    void roundEndWaitsForASecondJudgeOfTheCourtAndIsThenAppliedWithItsEffects() {
        String id = RoundEndFixtures.readyForRoundEnd(kafka, mapper, 5);
        String approval = act(id, "transitions", RoundEndFixtures.roundEnd()).statusCode(202)
                .body("status", equalTo("PENDING")).body("action", equalTo("TERMINATION_OF_THIS_ROUND"))
                .body("requestedBy", equalTo(FIRST)).body("request.conclusionType", equalTo("TERMINATION_OF_THIS_ROUND"))
                .body("decidedBy", nullValue()).extract().path("id");
        Fixtures.caseView(id).body("status", equalTo("INVESTIGATING")).body("conclusionType", nullValue());
        List<String> kinds = Fixtures.timelineKinds(id);
        assertEquals("APPROVAL_REQUESTED", kinds.get(kinds.size() - 1));

        approve(Tokens.judge(SUZHOU), approval).statusCode(403).spec(Problems.of(ProblemType.SELF_APPROVAL, 403));
        approve(Tokens.judge(GUSU, "judge2-" + GUSU), approval).statusCode(404);
        as(Tokens.judge(GUSU)).when().get("/approvals/" + approval).then().statusCode(404);
        approve(Tokens.courtClerk(SUZHOU), approval).statusCode(403).spec(Problems.of(ProblemType.FORBIDDEN, 403));
        Fixtures.caseView(id).body("status", equalTo("INVESTIGATING"));

        as(Tokens.judge(SUZHOU, SECOND_JUDGE)).when().get("/approvals?status=PENDING&size=500").then()
                .statusCode(200).body("id", hasItem(approval));
        as(Tokens.withRole("jm-office")).when().get("/approvals?status=PENDING&size=500").then().statusCode(200)
                .body("id", hasItem(approval));
        as(Tokens.judge(GUSU)).when().get("/approvals?status=PENDING&size=500").then().statusCode(200)
                .body("id", not(hasItem(approval)));
        as(Tokens.judge(GUSU)).when().get("/approvals?court=" + SUZHOU).then().statusCode(403);

        approve(Tokens.judge(SUZHOU, SECOND_JUDGE), approval).statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo(SECOND_JUDGE));
        Fixtures.caseView(id).body("status", equalTo("CONCLUDED"))
                .body("conclusionType", equalTo("TERMINATION_OF_THIS_ROUND"));
        JsonPath t = Fixtures.timeline(id);
        kinds = t.getList("kind");
        assertEquals(List.of("APPROVAL_REQUESTED", "APPROVAL_GRANTED", "CASE_CONCLUDED"),
                kinds.subList(kinds.size() - 3, kinds.size()));
        assertEquals(FIRST, t.getString("actor[" + (kinds.size() - 1) + "]"), "the conclusion is the requester's");
        assertEquals(SECOND_JUDGE, t.getString("actor[" + (kinds.size() - 2) + "]"));
        // its effect: the repeated search of 终本 is scheduled, as for a direct 终本 (RoundEndTest)
        Fixtures.caseView(id).body("readyToConclude", equalTo(false));
        approve(Tokens.judge(SUZHOU, "judge3-" + SUZHOU), approval).statusCode(409)
                .spec(Problems.of(ProblemType.ALREADY_DECIDED, 409));

        as(Tokens.withRole("auditor")).when().get("/audit/" + id).then().statusCode(200)
                .body("action", hasItems("approval.requested", "approval.approved"))
                .body("find { it.action == 'approval.approved' }.detail", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("requestedBy=" + FIRST),
                        org.hamcrest.Matchers.containsString("decidedBy=" + SECOND_JUDGE)));
    }

    @Test
    void anUnfreezeBeforePerformanceIsOrderedOnlyOnceApprovedAndARejectionLeavesTheFreeze() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1000.00");
        act(id, "freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "6222000000000911", "amount", "300.00"))
                .statusCode(200);
        act(id, "freeze-orders", Map.of("bankCode", "BOC", "accountNumber", "6222000000000912", "amount", "300.00"))
                .statusCode(200);
        Map<String, ?> release = Map.of("bankCode", "ICBC", "accountNumber", "6222000000000911");

        String rejected = act(id, "unfreeze-orders", Map.of("bankCode", "BOC", "accountNumber", "6222000000000912"))
                .statusCode(202).body("action", equalTo("UNFREEZE_BEFORE_PERFORMANCE")).extract().path("id");
        as(Tokens.judge(SUZHOU, SECOND_JUDGE)).body(Map.of()).when().post("/approvals/" + rejected + "/rejection")
                .then().statusCode(400);
        as(Tokens.judge(SUZHOU, SECOND_JUDGE)).body(Map.of("reason", "申请执行人未同意解冻")).when()
                .post("/approvals/" + rejected + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("申请执行人未同意解冻"));
        assertFalse(Fixtures.timelineKinds(id).contains("UNFREEZE_ORDERED"), "a rejection orders nothing");
        approve(Tokens.judge(SUZHOU, SECOND_JUDGE), rejected).statusCode(409);

        // with a key: the same request again is the same request, another body with the key a 409
        String approval = as(Tokens.judge(SUZHOU)).header("Idempotency-Key", "release-911")
                .body(Fixtures.basis("unfreeze-orders", release)).when().post("/cases/" + id + "/unfreeze-orders")
                .then().statusCode(202).extract().path("id");
        as(Tokens.judge(SUZHOU)).header("Idempotency-Key", "release-911")
                .body(Fixtures.basis("unfreeze-orders", release)).when().post("/cases/" + id + "/unfreeze-orders")
                .then().statusCode(202).body("id", equalTo(approval));
        as(Tokens.judge(SUZHOU)).header("Idempotency-Key", "release-911")
                .body(Fixtures.basis("unfreeze-orders", Map.of("bankCode", "BOC", "accountNumber",
                        "6222000000000912"))).when().post("/cases/" + id + "/unfreeze-orders")
                .then().statusCode(409).spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409));
        assertEquals(1, as(Tokens.judge(SUZHOU)).when().get("/approvals?status=PENDING&size=500").then()
                .extract().jsonPath().getList("findAll { it.caseId == '" + id + "' }").size());

        approve(Tokens.judge(SUZHOU, SECOND_JUDGE), approval).statusCode(200);
        JsonPath t = Fixtures.timeline(id);
        List<String> kinds = t.getList("kind");
        assertEquals(List.of("APPROVAL_REQUESTED", "APPROVAL_REJECTED", "APPROVAL_REQUESTED", "APPROVAL_GRANTED",
                "UNFREEZE_ORDERED"), kinds.subList(kinds.size() - 5, kinds.size()));
        assertEquals("6222000000000911", t.getString("detail[" + (kinds.size() - 1) + "].order.accountNumber"));
        assertEquals(FIRST, t.getString("detail[" + (kinds.size() - 1) + "].order.orderedBy.id"),
                "the officer of the order is the requester");

        // once the debt is performed, releasing a freeze needs nobody's approval
        act(id, "payments", Map.of("amount", "1000.00", "source", "VOLUNTARY", "transferReference",
                Fixtures.transfer())).statusCode(200);
        act(id, "unfreeze-orders", Map.of("bankCode", "BOC", "accountNumber", "6222000000000912")).statusCode(200);
    }
}
