package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static cn.lianxi.credit.Api.secondOfficer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PerformanceCapacity;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import cn.lianxi.credit.TestClock;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Credit repair before full performance (信用修复, issue 19 item 8) on the configured bases: approval by a second
 * officer lifts exactly what the basis covers, announces it on the exchange naming the repair, and the certificate
 * verifies publicly.
 */
@QuarkusTest
class CreditRepairBeforePerformanceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A case with a ground (1) listing and a restriction, {@code recovered} of the 50000.00 owed paid so far. */
    private CaseFeed sanctionedCase(String name, String birth, String recovered) {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person(name, birth));
        feed.filed();
        feed.send(feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-02"));
        feed.send(feed.restriction(0, "2026-11-02", List.of(RestrictedBehaviour.FLIGHTS), List.of()));
        CaseEvent paid = new CaseEvent(UUID.randomUUID(), feed.caseId, CaseFeed.COURT, feed.caseNumber, Instant.now(),
                CaseStatus.MEASURES_UNDER_WAY, CaseFeed.OWED, new BigDecimal(recovered), feed.respondents,
                new CaseEventDetail.CapacityFound(feed.respondents.get(0), PerformanceCapacity.UNWILLING, "有能力履行"));
        feed.produce(paid);
        Api.awaitConsumed(feed.caseId, paid.eventId());
        return feed;
    }

    private static Map<String, Object> application(CaseFeed feed, String basis) {
        return Map.of("caseId", feed.caseId.toString(), "idNumber", feed.respondentId(0), "statement",
                "已按分期履行计划按期履行", "basis", basis);
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 2 para. 2: an instalment plan kept deletes the listing early, the restriction stays")
    void spc2017Art2Para2_anInstalmentPlanKeptDeletesTheListingOnlyOnASecondOfficersApproval() {
        CaseFeed feed = sanctionedCase("钱某", "19810303", "20000.00");
        officer().body(Map.of("caseId", feed.caseId.toString(), "idNumber", feed.respondentId(0), "statement", "x"))
                .post("/credit-repairs").then().statusCode(409).spec(Problems.of(ProblemType.DEBT_NOT_PERFORMED, 409));
        String id = officer().body(application(feed, "INSTALMENT_PLAN_KEPT")).post("/credit-repairs").then()
                .statusCode(201).body("basis", equalTo("INSTALMENT_PLAN_KEPT"))
                .body("covers", equalTo(List.of("DISHONEST_LISTING"))).extract().path("id");

        officer().body(Map.of("approve", true, "reason", "分期履行已达40%")).post("/credit-repairs/" + id + "/decision")
                .then().statusCode(403).spec(Problems.of(ProblemType.SELF_APPROVAL, 403));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));
        String code = secondOfficer().body(Map.of("approve", true, "reason", "分期履行已达40%，按期履行"))
                .post("/credit-repairs/" + id + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"))
                .extract().path("certificateCode");

        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"))
                .body("[0].liftReason", equalTo("CREDIT_REPAIR"));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));
        List<SanctionEvent> lifted = SanctionFeed.history(feed.caseId).stream()
                .filter(e -> e.change() == SanctionChange.LIFTED).toList();
        assertEquals(1, lifted.size());
        assertEquals(SanctionKind.DISHONEST_LISTING, lifted.get(0).sanction());
        assertEquals("CREDIT_REPAIR", lifted.get(0).reason());
        assertEquals(UUID.fromString(id), lifted.get(0).repairId());
        given().get("/public/certificates/" + code).then().statusCode(200).body("valid", equalTo(true))
                .body("caseNumber", equalTo(feed.caseNumber));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 2 para. 2: an instalment plan below its minimum share paid is not a basis")
    void spc2017Art2Para2_anInstalmentPlanBelowItsMinimumShareIsRefused() {
        CaseFeed feed = sanctionedCase("孙某", "19820404", "14999.99");
        officer().body(application(feed, "INSTALMENT_PLAN_KEPT")).post("/credit-repairs").then().statusCode(409)
                .spec(Problems.of(ProblemType.REPAIR_BASIS_NOT_MET, 409)).body("errors[0].field", equalTo("basis"));
        officer().body(application(feed, "BECAUSE")).post("/credit-repairs").then().statusCode(400);
        officer().get("/credit-repairs?status=PENDING").then()
                .body("findAll { it.caseId == '" + feed.caseId + "' }", hasSize(0));
    }

    @Test
    @DisplayName("限消规定 art. 9: security lifts the restriction and the listing; a rejection lifts nothing")
    void restrictionRulesArt9_securityLiftsBothAndARejectionNothing() {
        CaseFeed feed = sanctionedCase("李某", "19830505", "0.00");
        String rejected = officer().body(application(feed, "SECURITY_PROVIDED")).post("/credit-repairs").then()
                .statusCode(201).extract().path("id");
        secondOfficer().body(Map.of("approve", false, "reason", "担保财产权属不清"))
                .post("/credit-repairs/" + rejected + "/decision").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));

        String id = officer().body(application(feed, "SECURITY_PROVIDED")).post("/credit-repairs").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.judge(CaseFeed.COURT)).contentType("application/json")
                .body(Map.of("approve", true, "reason", "x")).post("/credit-repairs/" + id + "/decision").then()
                .statusCode(403);
        secondOfficer().body(Map.of("approve", true, "reason", "提供足额房产担保"))
                .post("/credit-repairs/" + id + "/decision").then().statusCode(200);
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"))
                .body("[0].liftReason", equalTo("CREDIT_REPAIR"));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"));
        List<SanctionEvent> lifted = SanctionFeed.history(feed.caseId).stream()
                .filter(e -> e.change() == SanctionChange.LIFTED).toList();
        assertEquals(2, lifted.size());
        lifted.forEach(e -> assertEquals(UUID.fromString(id), e.repairId()));
        // security is no request of the applicant's: a new listing needs only a ground (法释〔2017〕7号 art. 10 para. 4)
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 1, null, "2026-11-03")).statusCode(201);
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 4: a deletion on the applicant's written consent bars a new listing for six "
            + "months")
    void spc2017Art10Para4_aRepairOnTheApplicantsConsentBarsANewListingForSixMonths() {
        clock.setChinaTime(LocalDateTime.of(2026, 11, 3, 10, 0));
        CaseFeed feed = sanctionedCase("吕某", "19850707", "0.00");
        String id = officer().body(application(feed, "APPLICANT_CONSENT")).post("/credit-repairs").then()
                .statusCode(201).extract().path("id");
        secondOfficer().body(Map.of("approve", true, "reason", "申请执行人书面同意"))
                .post("/credit-repairs/" + id + "/decision").then().statusCode(200);
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"))
                .body("[0].liftReason", equalTo("CREDIT_REPAIR"));

        clock.setChinaTime(LocalDateTime.of(2027, 5, 3, 10, 0));
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 1, null, "2027-05-02")).statusCode(409)
                .spec(Problems.of(ProblemType.CASE_SANCTIONS_LIFTED, 409)).body("detail", containsString("2027-05-03"));
        officer().get("/listings?caseId=" + feed.caseId + "&status=ACTIVE").then().body("$", hasSize(0));
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 1, null, "2027-05-03")).statusCode(201)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aRepairOnAPerformedDebtNamesNoRepairBasisAndTheCaseLiftingNoRepair() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("周某", "19840606"));
        Api.awaitConsumed(feed.caseId, feed.concluded(cn.lianxi.contracts.ConclusionType.FULL_PERFORMANCE));
        officer().body(Map.of("caseId", feed.caseId.toString(), "idNumber", feed.respondentId(0), "statement", "已履行"))
                .post("/credit-repairs").then().statusCode(201).body("basis", equalTo(null))
                .body("covers", equalTo(null));
        SanctionFeed.history(feed.caseId).forEach(e -> assertNull(e.repairId()));
    }
}
