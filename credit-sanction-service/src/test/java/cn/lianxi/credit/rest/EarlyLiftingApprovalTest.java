package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static cn.lianxi.credit.Api.secondOfficer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Supervision of early liftings (制度铁笼, issue 19 item 1): before its term or before performance a listing's or
 * restriction's lifting waits for a second credit officer; the requester cannot decide it (nor can the database be
 * made to say so); once performed, a lifting needs nobody's approval.
 */
@QuarkusTest
class EarlyLiftingApprovalTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private CaseFeed sanctionedCase(String name, String birth, ListingGround ground, Integer months) {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person(name, birth));
        feed.filed();
        feed.send(feed.listing(0, ground, months, "2026-11-02"));
        Api.awaitConsumed(feed.caseId, feed.send(feed.restriction(0, "2026-11-02",
                List.of(RestrictedBehaviour.FLIGHTS), List.of())));
        return feed;
    }

    private static String idOf(String kind, CaseFeed feed) {
        return officer().get("/" + kind + "?caseId=" + feed.caseId).then().extract().path("[0].id");
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 2 para. 2: the court's early deletion of a fixed-term listing needs a second officer")
    void spc2017Art2Para2_anEarlyDeletionWaitsForASecondOfficerWhoApprovesIt() {
        CaseFeed feed = sanctionedCase("吴某", "19790909", ListingGround.BREACH_OF_CONSUMPTION_RESTRICTION, 24);
        String listing = idOf("listings", feed);
        var asked = officer().body(Map.of("reason", "ACTIVE_PERFORMANCE", "note", "积极履行"))
                .post("/listings/" + listing + "/lifting").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("requestedBy", equalTo("credit-officer-user"))
                .body("sanction", equalTo("DISHONEST_LISTING")).extract();
        String approval = asked.path("id");
        assertTrue(asked.header("Location").endsWith("/lifting-approvals/" + approval), asked.header("Location"));
        officer().get("/listings/" + listing).then().body("status", equalTo("ACTIVE"));
        officer().body(Map.of("reason", "ACTIVE_PERFORMANCE")).post("/listings/" + listing + "/lifting").then()
                .statusCode(409).spec(Problems.of(ProblemType.LIFTING_PENDING, 409));

        officer().post("/lifting-approvals/" + approval + "/approval").then().statusCode(403)
                .spec(Problems.of(ProblemType.SELF_APPROVAL, 403));
        given().auth().oauth2(Tokens.judge(CaseFeed.COURT)).post("/lifting-approvals/" + approval + "/approval")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.judge(CaseFeed.COURT)).get("/lifting-approvals/" + approval).then()
                .statusCode(403);
        assertTrue(SanctionFeed.history(feed.caseId).stream().noneMatch(e -> e.change() == SanctionChange.LIFTED));

        secondOfficer().post("/lifting-approvals/" + approval + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("credit-officer-2"));
        officer().get("/listings/" + listing).then().body("status", equalTo("LIFTED"))
                .body("liftReason", equalTo("ACTIVE_PERFORMANCE"));
        List<SanctionEvent> lifted = SanctionFeed.history(feed.caseId).stream()
                .filter(e -> e.change() == SanctionChange.LIFTED).toList();
        assertEquals(1, lifted.size());
        assertEquals(UUID.fromString(listing), lifted.get(0).sanctionId());
        secondOfficer().post("/lifting-approvals/" + approval + "/approval").then().statusCode(409)
                .spec(Problems.of(ProblemType.ALREADY_DECIDED, 409));
        given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/" + feed.caseId).then().statusCode(200)
                .body("findAll { it.action == 'lifting-approval-approved' }.size()", equalTo(1));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 1 item 3: a case-wide lifting before performance waits, as one request, "
            + "for a second officer")
    void spc2017Art10Item3_aCaseWideLiftingBeforePerformanceWaitsForASecondOfficerAndThenLiftsTheWholeCase() {
        CaseFeed feed = sanctionedCase("褚某", "19750505", ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
        String path = "/sanctions/cases/" + feed.caseId + "/lifting";
        var asked = officer().body(Map.of("reason", "APPLICANT_REQUEST", "note", "申请执行人书面申请")).post(path).then()
                .statusCode(202).body("status", equalTo("PENDING")).body("caseId", equalTo(feed.caseId.toString()))
                .body("reason", equalTo("APPLICANT_REQUEST")).body("sanction", equalTo(null))
                .body("sanctionId", equalTo(null)).extract();
        String approval = asked.path("id");
        assertTrue(asked.header("Location").endsWith("/lifting-approvals/" + approval), asked.header("Location"));
        officer().get("/listings/" + idOf("listings", feed)).then().body("status", equalTo("ACTIVE"));
        officer().get("/restrictions/" + idOf("restrictions", feed)).then().body("status", equalTo("ACTIVE"));
        officer().body(Map.of("reason", "APPLICANT_REQUEST")).post(path).then().statusCode(409)
                .spec(Problems.of(ProblemType.LIFTING_PENDING, 409));
        officer().post("/lifting-approvals/" + approval + "/approval").then().statusCode(403)
                .spec(Problems.of(ProblemType.SELF_APPROVAL, 403));
        assertTrue(SanctionFeed.history(feed.caseId).stream().noneMatch(e -> e.change() == SanctionChange.LIFTED));

        secondOfficer().post("/lifting-approvals/" + approval + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"))
                .body("[0].liftReason", equalTo("APPLICANT_REQUEST"));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"))
                .body("[0].liftReason", equalTo("APPLICANT_REQUEST"));
        assertEquals(2, SanctionFeed.history(feed.caseId).stream()
                .filter(e -> e.change() == SanctionChange.LIFTED).count());
        // the approval ran the case-wide lifting itself: its duty stands, so the case takes no new restriction
        officer().body(Map.of("caseId", feed.caseId.toString(), "respondentIdNumber", feed.respondentId(0),
                "orderDate", "2026-11-05", "documentNumber", "(2026)苏05执8号限消令")).post("/restrictions").then()
                .statusCode(409).spec(Problems.of(ProblemType.CASE_SANCTIONS_LIFTED, 409));
    }

    @Test
    void aCaseWideLiftingRejectedLiftsNothingAndOnceThePerformedCaseLiftsAtOnce() {
        CaseFeed feed = sanctionedCase("蒋某", "19740404", ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
        String path = "/sanctions/cases/" + feed.caseId + "/lifting";
        String approval = officer().body(Map.of("reason", "TERMINATION")).post(path).then().statusCode(202)
                .extract().path("id");
        secondOfficer().body(Map.of("reason", "未裁定终结执行")).post("/lifting-approvals/" + approval + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));
        assertTrue(SanctionFeed.history(feed.caseId).stream().noneMatch(e -> e.change() == SanctionChange.LIFTED));

        // 终本 with everything recovered: nothing lifts by itself, and nothing the officer lifts is early
        Api.awaitConsumed(feed.caseId, feed.concluded(ConclusionType.TERMINATION_OF_THIS_ROUND));
        officer().body(Map.of("reason", "FULL_PERFORMANCE")).post(path).then().statusCode(200)
                .body("lifted", equalTo(2));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"));
    }

    @Test
    void anEarlyRestrictionLiftingRejectedWithItsReasonLiftsNothing() {
        CaseFeed feed = sanctionedCase("郑某", "19780808", ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
        String order = idOf("restrictions", feed);
        String approval = officer().body(Map.of("reason", "APPLICANT_REQUEST"))
                .post("/restrictions/" + order + "/lifting").then().statusCode(202).extract().path("id");
        secondOfficer().body(Map.of("reason", " ")).post("/lifting-approvals/" + approval + "/rejection").then()
                .statusCode(400);
        secondOfficer().body(Map.of("reason", "申请执行人未书面同意")).post("/lifting-approvals/" + approval + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("申请执行人未书面同意"));
        officer().get("/restrictions/" + order).then().body("status", equalTo("ACTIVE"));
        assertTrue(SanctionFeed.history(feed.caseId).stream().noneMatch(e -> e.change() == SanctionChange.LIFTED));
    }

    @Test
    void onceTheDebtIsPerformedALiftingWithoutATermNeedsNoApproval() {
        CaseFeed feed = sanctionedCase("王某", "19770707", ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
        // concluded by 终本 with everything recovered: nothing lifts by itself, the officer lifts at once
        Api.awaitConsumed(feed.caseId, feed.concluded(ConclusionType.TERMINATION_OF_THIS_ROUND));
        officer().body(Map.of("reason", "FULL_PERFORMANCE")).post("/listings/" + idOf("listings", feed) + "/lifting")
                .then().statusCode(200).body("status", equalTo("LIFTED"));
    }

    @Test
    void theDatabaseRefusesADecisionByTheRequester() throws Throwable {
        CaseFeed feed = sanctionedCase("冯某", "19760606", ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
        String approval = officer().body(Map.of("reason", "APPLICANT_REQUEST"))
                .post("/listings/" + idOf("listings", feed) + "/lifting").then().statusCode(202).extract().path("id");
        assertThrows(Exception.class, () -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(s -> s.createNativeQuery("UPDATE lifting_approval SET status = "
                        + "'APPROVED', decided_by = requested_by, decided_at = now() WHERE id = '" + approval + "'")
                        .executeUpdate()))));
        officer().get("/lifting-approvals/" + approval).then().body("status", equalTo("PENDING"));
    }
}
