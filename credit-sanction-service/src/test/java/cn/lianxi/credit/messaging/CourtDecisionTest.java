package cn.lianxi.credit.messaging;

import static cn.lianxi.credit.Api.officer;
import static cn.lianxi.credit.SanctionFeed.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.BasisType;
import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.BoundPersonRole;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PerformanceCapacity;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.PropertyReportBreach;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A court's sanction decisions arriving as case events: a valid one is imposed and announced (IMPOSED); one the
 * credit rules refuse imposes nothing and is answered with exactly one REFUSED event naming the rule and the
 * decision's event, for the court's timeline (case-service) and partner agencies.
 */
@QuarkusTest
class CourtDecisionTest {

    private static final List<RestrictedBehaviour> FLIGHTS_AND_TRAINS = List.of(RestrictedBehaviour.FLIGHTS,
            RestrictedBehaviour.HIGH_SPEED_RAIL_PREMIUM_SEATS);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    @DisplayName("法释〔2017〕7号 art. 1(2), art. 2: a valid decision on item (2), extended to 36 months, is imposed")
    void aValidListingDecisionListsTheRespondentAndIsAnnouncedAsImposed() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("吴十", "19800101"));
        UUID decision = feed.send(feed.listing(0, ListingGround.OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS, 36,
                "2026-11-03"));
        Api.awaitConsumed(feed.caseId, decision);

        officer().get("/listings?caseId=" + feed.caseId).then().body("$", hasSize(1))
                .body("[0].subjectIdNumber", equalTo(feed.respondentId(0))).body("[0].ground", equalTo(2))
                .body("[0].periodMonths", equalTo(36)).body("[0].validUntil", equalTo("2029-11-03"));
        ConsumerRecord<String, String> record = SanctionFeed.awaitRecords(kafka, feed.caseId, 1).get(0);
        SanctionEvent imposed = SanctionFeed.read(record);
        assertEquals(SanctionChange.IMPOSED, imposed.change());
        assertEquals(ListingGround.OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS, imposed.ground());
        assertEquals("cn.lianxi.credit.dishonest-listing.imposed.v1", header(record, "ce_type"));
        assertEquals(List.of(imposed), SanctionFeed.history(feed.caseId));
    }

    @Test
    void aValidRestrictionOrderBindsTheNamedPersonsAndIsAnnouncedWithTheOneBehaviourVocabulary() {
        String repId = IdentityNumbers.withResidentCheck("32050819760707"
                + String.format("%03d", (int) (Math.random() * 1000)));
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.company("苏州某实业有限公司", "林某"));
        UUID decision = feed.send(feed.restriction(0, "2026-11-20", FLIGHTS_AND_TRAINS,
                List.of(new BoundPerson(BoundPersonRole.LEGAL_REPRESENTATIVE, "林某", repId),
                        new BoundPerson(BoundPersonRole.ACTUAL_CONTROLLER, "许某", null))));
        Api.awaitConsumed(feed.caseId, decision);

        officer().get("/restrictions?caseId=" + feed.caseId).then().body("$", hasSize(1))
                .body("[0].orderDate", equalTo("2026-11-20"))
                .body("[0].behaviours", equalTo(List.of("FLIGHTS", "HIGH_SPEED_RAIL_PREMIUM_SEATS")))
                .body("[0].boundPersons.role", equalTo(List.of("ACTUAL_CONTROLLER", "LEGAL_REPRESENTATIVE")));
        List<SanctionEvent> events = SanctionFeed.awaitRecords(kafka, feed.caseId, 2).stream().map(SanctionFeed::read)
                .toList();
        assertEquals(List.of(feed.respondentId(0), repId),
                events.stream().map(SanctionEvent::subjectIdNumber).toList());
        assertTrue(events.stream().allMatch(e -> e.change() == SanctionChange.IMPOSED
                && e.sanction() == SanctionKind.CONSUMPTION_RESTRICTION
                && e.restrictedBehaviours().equals(FLIGHTS_AND_TRAINS)));
        assertEquals("bound:LEGAL_REPRESENTATIVE", events.get(1).reason());
    }

    @Test
    void spc2017Art4_aRespondentWhoIsAMinorOnTheDecisionDateIsNotListedAndTheRefusalTravels() {
        LocalDate birth = LocalDate.of(2008, 11, 15);
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("少年", birth.toString().replace("-", "")));
        UUID decision = feed.send(feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-14"));

        SanctionEvent refused = assertRefusedOnly(feed, decision, "2026-11-14", SanctionKind.DISHONEST_LISTING,
                "minor-not-listable");
        assertEquals(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, refused.ground());
        assertTrue(refused.reason().contains("法释〔2017〕7号 art. 4"), refused.reason());
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 2: an extension without violence or threats or several breaches is refused")
    void aPeriodExtensionTheGroundDoesNotAllowIsRefused() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("赵六", "19700101"));
        UUID decision = feed.send(feed.listing(0, ListingGround.EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY, 36, "2026-11-02"));

        SanctionEvent refused = assertRefusedOnly(feed, decision, "2026-11-02", SanctionKind.DISHONEST_LISTING,
                "period-extension-not-allowed");
        assertEquals(ListingGround.EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY, refused.ground());
        assertEquals(List.of(), refused.restrictedBehaviours());
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 1(1), art. 3: a respondent the judge found unable to perform (失能) is not listed"
            + " on ground (1), from the court or an officer, and the refusal travels")
    void spc2017Art1Art3_aRespondentFoundUnableIsNotListedOnGroundOneAndTheRefusalTravels() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("冯十一", "19720101"));
        UUID found = feed.send(new CaseEventDetail.CapacityFound(feed.respondents.get(0), PerformanceCapacity.UNABLE,
                "重病住院，名下无可供执行财产"));
        Api.awaitConsumed(feed.caseId, found);
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 1, null, "2026-11-02")).statusCode(409)
                .body("type", equalTo(ProblemType.RESPONDENT_UNABLE.uri().toString()))
                .body("errors[0].field", equalTo("respondentIdNumber"));
        UUID decision = feed.send(feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-02"));

        SanctionEvent refused = assertRefusedOnly(feed, decision, "2026-11-02", SanctionKind.DISHONEST_LISTING,
                "respondent-unable");
        assertTrue(refused.reason().contains("法释〔2017〕7号 art. 1(1)"), refused.reason());
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 1(4): a ground (4) listing without a property-reporting breach on the case is"
            + " refused, from the court or an officer, and the refusal travels")
    void spc2017Art1Item4_aGroundFourListingWithoutABreachIsRefusedAndTheRefusalTravels() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("褚十三", "19740101"));
        Api.postListing(Api.listing(feed.caseId, feed.respondentId(0), 4, null, "2026-11-02")).statusCode(409)
                .body("type", equalTo(ProblemType.NO_REPORTING_BREACH.uri().toString()))
                .body("errors[0].field", equalTo("ground"));
        UUID decision = feed.send(feed.listing(0, ListingGround.BREACH_OF_PROPERTY_REPORTING, 24, "2026-11-02"));

        SanctionEvent refused = assertRefusedOnly(feed, decision, "2026-11-02", SanctionKind.DISHONEST_LISTING,
                "no-reporting-breach");
        assertTrue(refused.reason().contains("法释〔2017〕8号 art. 9"), refused.reason());
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 1(4), 法释〔2017〕8号 art. 9: after the judge found a breach of the 报告财产令, the"
            + " ground (4) listing is imposed and announced")
    void spc2017Art1Item4_aBreachFoundOnTheCaseLetsTheGroundFourListingBeImposed() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("卫十四", "19750101"));
        UUID order = UUID.randomUUID();
        Api.awaitConsumed(feed.caseId, feed.send(new CaseEventDetail.PropertyReportBreached(order,
                feed.respondents.get(0), PropertyReportBreach.NOT_REPORTED_BY_DEADLINE, "逾期未报告财产")));
        UUID decision = feed.send(feed.listing(0, ListingGround.BREACH_OF_PROPERTY_REPORTING, 24, "2026-11-02"));
        Api.awaitConsumed(feed.caseId, decision);

        officer().get("/listings?caseId=" + feed.caseId).then().body("$", hasSize(1)).body("[0].ground", equalTo(4))
                .body("[0].validUntil", equalTo("2028-11-02"));
        SanctionEvent imposed = SanctionFeed.read(SanctionFeed.awaitRecords(kafka, feed.caseId, 1).get(0));
        assertEquals(SanctionChange.IMPOSED, imposed.change());
        assertEquals(ListingGround.BREACH_OF_PROPERTY_REPORTING, imposed.ground());
    }

    @Test
    @DisplayName("宽限期: a listing decided before the grace period after the performance notice's deadline is refused")
    void gracePeriod_aListingBeforeTheGracePeriodAfterTheNoticeIsRefusedAndTheRefusalTravels() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("陈十二", "19730101"));
        // the test profile's grace period is PT0S: it ends at the notice's own deadline, a day ahead
        Api.awaitConsumed(feed.caseId, feed.send(new CaseEventDetail.CaseFiled(LocalDate.of(2025, 6, 1),
                BasisType.JUDGMENT, Instant.now().plus(Duration.ofDays(1)))));
        UUID decision = feed.send(feed.listing(0, ListingGround.BREACH_OF_PROPERTY_REPORTING, 24, "2026-11-02"));

        assertRefusedOnly(feed, decision, "2026-11-02", SanctionKind.DISHONEST_LISTING, "listing-grace-period");
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 1: no listing on a case concluded by performance (no unperformed duty)")
    void spc2017Art1_aDecisionOnAConcludedCaseIsRefused() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("钱七", "19710101"));
        feed.concluded(ConclusionType.FULL_PERFORMANCE);
        UUID decision = feed.send(feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-02"));

        assertRefusedOnly(feed, decision, "2026-11-02", SanctionKind.DISHONEST_LISTING, "case-concluded");
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 1(1), art. 2: a court's listing on item (1) has no fixed term and no end date")
    void spc2017Art2_aListingOnItem1LastsUntilPerformance() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("郭二", "19800101"));
        UUID decision = feed.send(feed.listing(0, ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, null, "2026-11-03"));
        Api.awaitConsumed(feed.caseId, decision);

        officer().get("/listings?caseId=" + feed.caseId).then().body("$", hasSize(1)).body("[0].ground", equalTo(1))
                .body("[0].periodMonths", nullValue()).body("[0].validUntil", nullValue());
        SanctionEvent imposed = SanctionFeed.read(SanctionFeed.awaitRecords(kafka, feed.caseId, 1).get(0));
        assertEquals(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, imposed.ground());
        assertNull(imposed.validUntil());
    }

    @Test
    void aCompanysRestrictionWithoutALegalRepresentativeIsRefused() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.company("苏州某无名有限公司", null));
        UUID decision = feed.send(feed.restriction(0, "2026-11-20", FLIGHTS_AND_TRAINS, List.of()));

        SanctionEvent refused = assertRefusedOnly(feed, decision, "2026-11-20", SanctionKind.CONSUMPTION_RESTRICTION,
                "legal-representative-required");
        assertEquals(FLIGHTS_AND_TRAINS, refused.restrictedBehaviours());
        assertNull(refused.ground());
    }

    @Test
    void aRestrictionBindingPersonsOnAnIndividualIsRefused() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("孙八", "19720101"));
        UUID decision = feed.send(feed.restriction(0, "2026-11-20", FLIGHTS_AND_TRAINS,
                List.of(new BoundPerson(BoundPersonRole.PERSON_IN_CHARGE, "孙某", null))));

        assertRefusedOnly(feed, decision, "2026-11-20", SanctionKind.CONSUMPTION_RESTRICTION,
                "bound-persons-only-for-companies");
    }

    @Test
    void aSecondRestrictionOfTheSameRespondentIsRefusedAndTheFirstStands() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("周九", "19730101"));
        UUID first = feed.send(feed.restriction(0, "2026-11-20", FLIGHTS_AND_TRAINS, List.of()));
        UUID second = feed.send(feed.restriction(0, "2026-11-21", List.of(RestrictedBehaviour.VEHICLES), List.of()));
        Api.awaitConsumed(feed.caseId, second);

        officer().get("/restrictions?caseId=" + feed.caseId).then().body("$", hasSize(1))
                .body("[0].orderDate", equalTo("2026-11-20"));
        List<SanctionEvent> history = SanctionFeed.history(feed.caseId);
        assertEquals(List.of(SanctionChange.IMPOSED, SanctionChange.REFUSED),
                history.stream().map(SanctionEvent::change).toList());
        assertNull(history.get(0).decisionEventId(), "an imposition is not an answer to " + first);
        assertEquals(second, history.get(1).decisionEventId());
        assertTrue(history.get(1).reason().startsWith("already-restricted: "), history.get(1).reason());
    }

    /**
     * The decision was refused: nothing imposed on the case, exactly one event in its history, REFUSED, naming the
     * decision and the rule, on the topic keyed and subjected by the case id; the refusal is audited too.
     */
    private SanctionEvent assertRefusedOnly(CaseFeed feed, UUID decision, String decisionDate, SanctionKind kind,
            String rule) {
        Api.awaitConsumed(feed.caseId, decision);
        officer().get("/listings?caseId=" + feed.caseId).then().body("$", empty());
        officer().get("/restrictions?caseId=" + feed.caseId).then().body("$", empty());

        List<SanctionEvent> history = SanctionFeed.history(feed.caseId);
        assertEquals(1, history.size(), "exactly one event for the case: " + history);
        SanctionEvent refused = history.get(0);
        assertEquals(SanctionChange.REFUSED, refused.change());
        assertEquals(kind, refused.sanction());
        assertNull(refused.sanctionId());
        assertEquals(decision, refused.decisionEventId());
        assertTrue(refused.reason().startsWith(rule + ": "), refused.reason());
        assertEquals(feed.respondents.get(0).name(), refused.subjectName());
        assertEquals(feed.respondentId(0), refused.subjectIdNumber());
        assertEquals(CaseFeed.COURT, refused.courtCode());
        assertEquals(LocalDate.parse(decisionDate), refused.validFrom());

        ConsumerRecord<String, String> record = SanctionFeed.awaitRecords(kafka, feed.caseId, 1).get(0);
        assertEquals(refused, SanctionFeed.read(record));
        assertEquals("cn.lianxi.credit." + kind.slug() + ".refused.v1", header(record, "ce_type"));
        assertEquals(feed.caseId.toString(), header(record, "ce_subject"));
        assertEquals(refused.eventId().toString(), header(record, "ce_id"));

        String action = (kind == SanctionKind.DISHONEST_LISTING ? "dishonest_listing_decided"
                : "consumption_restriction_ordered") + "-refused";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(Tokens.withRole("auditor"))
                .get("/audit/" + feed.caseId).then().statusCode(200)
                .body("action", hasItem(action)).body("action", hasItem(refused.ceType())));
        return refused;
    }
}
