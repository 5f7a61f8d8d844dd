package cn.lianxi.credit.service;

import static cn.lianxi.credit.Api.officer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import cn.lianxi.credit.TestClock;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Automatic lifting (法释〔2017〕7号 art. 10): each conclusion type, the three-working-day bound, expiry. */
@QuarkusTest
class LiftingTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @Inject
    LiftingSweep sweep;

    @Inject
    WorkingDays workingDays;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A case with a listing without a fixed term (art. 1(1)) and a restriction, both decided by the court's events. */
    private CaseFeed sanctionedCase(String decisionDate) {
        return sanctionedCase(decisionDate, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null);
    }

    private CaseFeed sanctionedCase(String decisionDate, ListingGround ground, Integer months) {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("陈一", "19800101"));
        feed.filed();
        feed.send(feed.listing(0, ground, months, decisionDate));
        UUID last = feed.send(feed.restriction(0, decisionDate,
                List.of(RestrictedBehaviour.FLIGHTS, RestrictedBehaviour.HIGH_SPEED_RAIL_PREMIUM_SEATS), List.of()));
        Api.awaitConsumed(feed.caseId, last);
        officer().get("/listings?status=ACTIVE&caseId=" + feed.caseId).then().body("$", hasSize(1));
        officer().get("/restrictions?status=ACTIVE&caseId=" + feed.caseId).then().body("$", hasSize(1))
                .body("[0].behaviours", hasSize(2));
        return feed;
    }

    @ParameterizedTest
    @EnumSource(value = ConclusionType.class,
            names = {"FULL_PERFORMANCE", "SETTLEMENT_PERFORMED", "TERMINATION", "NON_ENFORCEMENT"})
    @DisplayName("法释〔2017〕7号 art. 10 para. 1 items 1, 2, 6, 7: the conclusion deletes a listing without a fixed term")
    void eachLiftingConclusionLiftsEverySanctionOfTheCaseAtOnce(ConclusionType conclusion) {
        CaseFeed feed = sanctionedCase("2026-11-02");
        Api.awaitConsumed(feed.caseId, feed.concluded(conclusion));
        officer().get("/listings?caseId=" + feed.caseId).then().body("status", everyItem(equalTo("LIFTED")))
                .body("liftReason", everyItem(equalTo(conclusion.name())))
                .body("liftedOnTime", everyItem(equalTo(true)));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("status", everyItem(equalTo("LIFTED")))
                .body("liftReason", everyItem(equalTo(conclusion.name())));
    }

    @ParameterizedTest
    @EnumSource(value = ConclusionType.class,
            names = {"FULL_PERFORMANCE", "SETTLEMENT_PERFORMED", "TERMINATION", "NON_ENFORCEMENT", "BANKRUPTCY_TRANSFER"})
    @DisplayName("法释〔2017〕7号 art. 10 para. 2: a conclusion does not delete a listing with a fixed term")
    void spc2017Art10Para2_aConclusionSparesAFixedTermListing(ConclusionType conclusion) {
        CaseFeed feed = sanctionedCase("2026-11-02", ListingGround.EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY, 24);
        Api.awaitConsumed(feed.caseId, feed.concluded(conclusion));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"))
                .body("[0].validUntil", equalTo("2028-11-02"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 1 item 5: 执转破 suspends enforcement for bankruptcy and deletes an untermed listing")
    void spc2017Art10Item5_aTransferToBankruptcyDeletesAListingWithoutATerm() {
        CaseFeed feed = sanctionedCase("2026-11-02");
        Api.awaitConsumed(feed.caseId, feed.concluded(ConclusionType.BANKRUPTCY_TRANSFER));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"))
                .body("[0].liftReason", equalTo("SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY"));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 2, art. 2 para. 2: a fixed-term listing is not deleted on an art. 10 "
            + "ground, only early by the court's decision")
    void spc2017Art10Para2_aFixedTermListingTakesOnlyTheCourtsEarlyDeletion() {
        CaseFeed feed = sanctionedCase("2026-11-02", ListingGround.BREACH_OF_CONSUMPTION_RESTRICTION, 24);
        String id = officer().get("/listings?caseId=" + feed.caseId).then().extract().path("[0].id");
        officer().body(Map.of("reason", "FULL_PERFORMANCE")).post("/listings/" + id + "/lifting").then()
                .statusCode(400).spec(Problems.of(ProblemType.LEGAL_REASON_REQUIRED, 400))
                .body("errors[0].field", equalTo("reason"));
        // before performance the restriction's lifting is early: the case-wide lifting waits for a second officer
        Api.liftApproved("/sanctions/cases/" + feed.caseId + "/lifting", "APPLICANT_REQUEST");
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"));
        officer().get("/listings/" + id).then().body("status", equalTo("ACTIVE"));
        Api.liftApproved("/listings/" + id + "/lifting", "ACTIVE_PERFORMANCE");
        officer().get("/listings/" + id).then().body("status", equalTo("LIFTED"))
                .body("liftReason", equalTo("ACTIVE_PERFORMANCE"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 1 item 4: the 终本 ground needs a case concluded by 终本")
    void spc2017Art10Item4_theNoAssetsGroundOnlyAfterTerminationOfThisRound() {
        CaseFeed feed = sanctionedCase("2026-11-02");
        String id = officer().get("/listings?caseId=" + feed.caseId).then().extract().path("[0].id");
        Map<String, String> noAssets = Map.of("reason", "NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND");
        officer().body(noAssets).post("/listings/" + id + "/lifting").then().statusCode(400)
                .spec(Problems.of(ProblemType.LEGAL_REASON_REQUIRED, 400));
        Api.awaitConsumed(feed.caseId, feed.concluded(ConclusionType.TERMINATION_OF_THIS_ROUND));
        officer().get("/listings/" + id).then().body("status", equalTo("ACTIVE"));
        officer().body(noAssets).post("/listings/" + id + "/lifting").then().statusCode(200)
                .body("status", equalTo("LIFTED")).body("liftReason", equalTo("NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND"));
    }

    @Test
    void terminationOfThisRoundDoesNotLiftByItself() {
        CaseFeed feed = sanctionedCase("2026-11-02");
        Api.awaitConsumed(feed.caseId, feed.concluded(ConclusionType.TERMINATION_OF_THIS_ROUND));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));
    }

    @Test
    void aLiftingTriggeredBeforeNationalDay2026IsDueOnTheMakeUpSaturdayAfterIt() {
        assertEquals(LocalDate.of(2026, 10, 10), workingDays.plusWorkingDays(LocalDate.of(2026, 9, 30), 3));
        clock.setChinaTime(LocalDateTime.of(2026, 9, 30, 10, 0));
        CaseFeed feed = sanctionedCase("2026-09-01");
        Instant concludedAt = LocalDateTime.of(2026, 9, 30, 9, 30).atZone(PlatformClock.ZONE).toInstant();
        Api.awaitConsumed(feed.caseId, feed.send(
                new CaseEventDetail.CaseConcluded(ConclusionType.FULL_PERFORMANCE, null), concludedAt));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("LIFTED"))
                .body("[0].liftDueBy", equalTo("2026-10-10")).body("[0].liftedOnTime", equalTo(true));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].liftDueBy", equalTo("2026-10-10"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 1 item 3, para. 4: the applicant's request deletes; a new application "
            + "within six months is refused")
    void theApplicantsRequestLiftsTheCaseButOnlyWithALegalReason() {
        CaseFeed feed = sanctionedCase("2026-11-02");
        officer().body(Map.of("note", "申请执行人书面申请")).post("/sanctions/cases/" + feed.caseId + "/lifting")
                .then().statusCode(400).spec(Problems.of(ProblemType.LEGAL_REASON_REQUIRED, 400));
        officer().body(Map.of("reason", "BECAUSE")).post("/sanctions/cases/" + feed.caseId + "/lifting")
                .then().statusCode(400).spec(Problems.of(ProblemType.LEGAL_REASON_REQUIRED, 400));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));

        Api.liftApproved("/sanctions/cases/" + feed.caseId + "/lifting", "APPLICANT_REQUEST");
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].liftReason", equalTo("APPLICANT_REQUEST"));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].liftReason", equalTo("APPLICANT_REQUEST"));
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 6, null, "2026-11-03")).statusCode(409)
                .spec(Problems.of(ProblemType.CASE_SANCTIONS_LIFTED, 409));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 4: the six-month bar runs from the deletion at the applicant's request")
    void spc2017Art10Para4_aNewListingIsAllowedSixMonthsAfterTheApplicantsDeletion() {
        clock.setChinaTime(LocalDateTime.of(2026, 11, 3, 10, 0));
        CaseFeed feed = sanctionedCase("2026-11-02");
        Api.liftApproved("/sanctions/cases/" + feed.caseId + "/lifting", "APPLICANT_REQUEST");

        clock.setChinaTime(LocalDateTime.of(2027, 5, 3, 10, 0));
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 1, null, "2027-05-02")).statusCode(409)
                .spec(Problems.of(ProblemType.CASE_SANCTIONS_LIFTED, 409))
                .body("detail", containsString("2027-05-03"));
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 1, null, "2027-05-03")).statusCode(201)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10: a listing deleted for another reason may be made again when a ground exists")
    void spc2017Art10_reListingAfterAnEarlyDeletionIsAllowed() {
        CaseFeed feed = sanctionedCase("2026-11-02");
        String id = officer().get("/listings?caseId=" + feed.caseId).then().extract().path("[0].id");
        Api.liftApproved("/listings/" + id + "/lifting", "ACTIVE_PERFORMANCE");
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 3, null, "2026-11-03")).statusCode(201)
                .body("ground", equalTo(3)).body("validUntil", equalTo("2028-11-03"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 10 para. 2: a fixed-term listing is deleted within three working days after its term")
    void aListingExpiresAtTheEndOfItsPeriod() throws Throwable {
        clock.setChinaTime(LocalDateTime.of(2024, 1, 15, 9, 0));
        CaseFeed feed = sanctionedCase("2024-01-10", ListingGround.EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY, 24);
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].validUntil", equalTo("2026-01-10"));

        clock.setChinaTime(LocalDateTime.of(2026, 1, 9, 23, 0));
        VertxContextSupport.subscribeAndAwait(sweep::sweep);
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));

        clock.setChinaTime(LocalDateTime.of(2026, 1, 12, 0, 5));
        VertxContextSupport.subscribeAndAwait(sweep::sweep);
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("EXPIRED"))
                .body("[0].liftReason", equalTo("EXPIRY")).body("[0].liftDueBy", equalTo("2026-01-14"))
                .body("[0].liftedOnTime", equalTo(true));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));

        // written by the sweep, outside any request: the record still carries a trace, the sweep's own
        ConsumerRecord<String, String> expired = SanctionFeed.awaitRecords(kafka, feed.caseId, 3).stream()
                .filter(r -> SanctionFeed.header(r, "ce_type").endsWith(".expired.v1")).findFirst().orElseThrow();
        String traceparent = SanctionFeed.header(expired, "traceparent");
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"),
                "the lifting sweep's EXPIRED event carries its trace: " + traceparent);
        assertEquals(feed.caseId.toString(), SanctionFeed.header(expired, "ce_subject"));
    }
}
