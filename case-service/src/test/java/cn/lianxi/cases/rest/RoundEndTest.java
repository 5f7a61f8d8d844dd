package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.RoundEndFixtures.act;
import static cn.lianxi.cases.RoundEndFixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.cases.RoundEndFixtures;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * 终本 as the rules have it (法〔2016〕373号): its prerequisites (art. 1), the platform's own search every interval
 * after it (art. 9 para. 2; the test profile shortens the interval to 3 s and the horizon to 8 s, and the minimum
 * time since filing to 2 days), and a case resumable with one action once a bank reports assets.
 */
@QuarkusTest
class RoundEndTest {

    static final String PLATFORM = "platform:round-end-search";
    static final String INQUIRY_TYPE = "cn.lianxi.case.asset-inquiry-requested.v1";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    static int platformSearches(String id) {
        return Fixtures.timeline(id).getList("findAll { it.actor == '" + PLATFORM + "' }").size();
    }

    @Test
    @DisplayName("法〔2016〕373号 art. 1: 终本 on the filing day is refused 409, each missing prerequisite named, "
            + "on every channel, and nothing changes")
    void roundEndOnTheFilingDayNamesEveryMissingPrerequisite() {
        String id = RoundEndFixtures.file(today(), "800.00");
        RoundEndFixtures.inquire(id);

        act(id, "transitions", Map.of("targetStatus", "CONCLUDED", "conclusionType", "TERMINATION_OF_THIS_ROUND"))
                .statusCode(409).contentType("application/problem+json")
                .spec(Problems.of(ProblemType.FORBIDDEN_TRANSITION, 409))
                .body("errors.field", contains("filedOn", "consumptionRestriction", "assetInquiryAnswer",
                        "applicantInformedOn"))
                .body("errors[0].message", containsString("art. 1(4)"))
                .body("detail", containsString("终本"));
        Fixtures.caseView(id).body("status", equalTo("INVESTIGATING")).body("conclusionType", nullValue());

        String number = Fixtures.caseView(id).extract().path("caseNumber");
        Fixtures.submit(SUZHOU, List.of(Fixtures.with(Fixtures.event(SUZHOU, number, "CASE_CONCLUDED"),
                "conclusionType", "TERMINATION_OF_THIS_ROUND", "applicantInformedOn", today().toString())))
                .statusCode(200).body("results[0].status", equalTo("REJECTED"))
                .body("results[0].reason.rule", equalTo("forbidden-transition"))
                .body("results[0].reason.errors.field", contains("filedOn", "consumptionRestriction",
                        "assetInquiryAnswer"));
        assertEquals("CASE_FILED", Fixtures.timelineKinds(id).get(0));
        assertFalse(Fixtures.timelineKinds(id).contains("CASE_CONCLUDED"));
    }

    @Test
    @DisplayName("法〔2016〕373号 art. 1, art. 9: 终本 with its prerequisites met keeps the freezes; the platform "
            + "searches again after the interval (on the timeline, published as scheduled); assets found make the "
            + "case resumable, and one resumption resumes it and ends the searches")
    void roundEndIsSearchedAgainAndResumableWhenAssetsAppear() {
        String id = RoundEndFixtures.readyForRoundEnd(kafka, mapper, 5);
        act(id, "freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "6222000000000077", "amount", "100.00"))
                .statusCode(200);

        Fixtures.approved(id, act(id, "transitions", RoundEndFixtures.roundEnd()))
                .body("status", equalTo("CONCLUDED")).body("conclusionType", equalTo("TERMINATION_OF_THIS_ROUND"))
                .body("resumable", equalTo(false));
        List<String> kinds = Fixtures.timelineKinds(id);
        assertEquals("CASE_CONCLUDED", kinds.get(kinds.size() - 1), "终本 releases no freeze: " + kinds);
        assertEquals(0, platformSearches(id), "no search before the interval has passed");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> platformSearches(id) >= 1);
        JsonPath t = Fixtures.timeline(id);
        Instant concluded = Instant.parse(t.getString("find { it.kind == 'CASE_CONCLUDED' }.at"));
        Map<String, Object> search = t.getMap("find { it.actor == '" + PLATFORM + "' }");
        assertEquals("ASSET_INQUIRY_REQUESTED", search.get("kind"));
        assertTrue(Duration.between(concluded, Instant.parse((String) search.get("at"))).compareTo(
                Duration.ofSeconds(3)) >= 0, "the first search waits the interval: " + search);
        String requestId = (String) search.get("eventId");
        assertTrue(requestId.startsWith("round-end-search-"), requestId);

        JsonNode published = Fixtures.json(Fixtures.records(kafka, Topics.ENFORCEMENT_CASES,
                r -> id.equals(r.key()) && INQUIRY_TYPE.equals(Fixtures.header(r, "ce_type"))
                        && r.value().contains(requestId), 1).get(0).value());
        assertTrue(published.path("detail").path("scheduled").asBoolean(), published.toString());
        assertTrue(published.path("detail").path("respondent").isMissingNode(), "every respondent is searched");
        assertEquals("CONCLUDED", published.path("status").asText());
        Fixtures.caseView(id).body("status", equalTo("CONCLUDED"));

        RoundEndFixtures.deliver(kafka, mapper, RoundEndFixtures.answer(id, requestId, "5000.00", "0.00"));
        Fixtures.caseView(id).body("resumable", equalTo(true));
        assertTrue(Fixtures.timeline(id).getString("find { it.kind == 'ASSETS_FOUND' }.summary")
                .contains("5,000.00 CNY"));

        act(id, "resumptions", Map.of("reason", "定期查询发现存款")).statusCode(200)
                .body("status", equalTo("INVESTIGATING")).body("conclusionType", nullValue())
                .body("resumable", equalTo(false));
        int searches = platformSearches(id);
        Awaitility.await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                .until(() -> platformSearches(id) == searches);
    }

    @Test
    @DisplayName("an inquiry answer with no money does not make a 终本 case resumable")
    void anEmptyAnswerFindsNothing() {
        String id = RoundEndFixtures.readyForRoundEnd(kafka, mapper, 5);
        Fixtures.approved(id, act(id, "transitions", RoundEndFixtures.roundEnd()));
        RoundEndFixtures.deliver(kafka, mapper, RoundEndFixtures.answer(id, "REQ-X", "0.00"));
        Fixtures.caseView(id).body("resumable", equalTo(false));
        assertFalse(Fixtures.timelineKinds(id).contains("ASSETS_FOUND"));
    }
}
