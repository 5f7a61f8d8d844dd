package cn.lianxi.credit.service;

import static cn.lianxi.credit.Api.officer;
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

    /** A case with a listing and a restriction, both decided by the court's events. */
    private CaseFeed sanctionedCase(String decisionDate) {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("陈一", "19800101"));
        feed.filed();
        feed.send(feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, 24, decisionDate));
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
    void eachLiftingConclusionLiftsEverySanctionOfTheCaseAtOnce(ConclusionType conclusion) {
        CaseFeed feed = sanctionedCase("2026-11-02");
        Api.awaitConsumed(feed.caseId, feed.concluded(conclusion));
        officer().get("/listings?caseId=" + feed.caseId).then().body("status", everyItem(equalTo("LIFTED")))
                .body("liftReason", everyItem(equalTo(conclusion.name())))
                .body("liftedOnTime", everyItem(equalTo(true)));
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("status", everyItem(equalTo("LIFTED")))
                .body("liftReason", everyItem(equalTo(conclusion.name())));
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
    void theApplicantsRequestLiftsTheCaseButOnlyWithALegalReason() {
        CaseFeed feed = sanctionedCase("2026-11-02");
        officer().body(Map.of("note", "申请执行人书面申请")).post("/sanctions/cases/" + feed.caseId + "/lifting")
                .then().statusCode(400).spec(Problems.of(ProblemType.LEGAL_REASON_REQUIRED, 400));
        officer().body(Map.of("reason", "BECAUSE")).post("/sanctions/cases/" + feed.caseId + "/lifting")
                .then().statusCode(400).spec(Problems.of(ProblemType.LEGAL_REASON_REQUIRED, 400));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].status", equalTo("ACTIVE"));

        officer().body(Map.of("reason", "APPLICANT_REQUEST")).post("/sanctions/cases/" + feed.caseId + "/lifting")
                .then().statusCode(200).body("lifted", equalTo(2));
        officer().get("/listings?caseId=" + feed.caseId).then().body("[0].liftReason", equalTo("APPLICANT_REQUEST"));
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 6, null, "2026-11-03")).statusCode(409)
                .spec(Problems.of(ProblemType.CASE_SANCTIONS_LIFTED, 409));
    }

    @Test
    void aListingExpiresAtTheEndOfItsPeriod() throws Throwable {
        clock.setChinaTime(LocalDateTime.of(2024, 1, 15, 9, 0));
        CaseFeed feed = sanctionedCase("2024-01-10");
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
