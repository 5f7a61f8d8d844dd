package cn.lianxi.liaison.service;

import static cn.lianxi.liaison.Agencies.POLICE;
import static cn.lianxi.liaison.Agencies.PROC;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.liaison.Sweeps;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class CriminalWorkflowTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    MutableClock clock;

    @Inject
    DeadlineService deadlines;

    @Test
    void aReportedRefusalGoesFromPoliceToProsecutionWithEveryStepOnTheTimeline() {
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.refusal(caseId, CaseEvents.GUSU, "转移房产、拒不申报财产"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(POLICE, caseId).size() == 1);
        Map<String, Object> lead = Agencies.inbox(POLICE, caseId).get(0);
        assertEquals("CRIMINAL_REFERRAL", lead.get("kind"));
        String criminalId = (String) lead.get("criminalReferralId");

        Referrals.answer(POLICE, (String) lead.get("id"), Map.of("type", "POLICE_DECISION", "decision", "OPEN_CASE",
                "policeCaseNumber", "苏公(刑)立字2023-88")).statusCode(200).body("outcome", equalTo("CASE_OPENED"));
        step(criminalId, "INVESTIGATE").statusCode(200).body("stage", equalTo("INVESTIGATING"));
        step(criminalId, "INVESTIGATE").statusCode(409).contentType("application/problem+json");
        step(criminalId, "TRANSFER").statusCode(200).body("stage", equalTo("TRANSFERRED_FOR_PROSECUTION"))
                .body("procuratorateAgencyId", equalTo(PROC));

        Map<String, Object> review = Agencies.inbox(PROC, caseId).get(0);
        assertEquals("PROSECUTION_REVIEW", review.get("kind"));
        Referrals.answer(PROC, (String) review.get("id"), Map.of("type", "PROCURATORATE_DECISION",
                "decision", "SUPERVISE")).statusCode(400);
        Referrals.answer(PROC, (String) review.get("id"), Map.of("type", "PROCURATORATE_DECISION",
                "decision", "PROSECUTE", "reason", "事实清楚，证据确实充分")).statusCode(200);

        given().auth().oauth2(Tokens.judge(CaseEvents.GUSU)).when().get("/criminal-referrals/" + criminalId)
                .then().statusCode(200).body("stage", equalTo("PROSECUTED"))
                .body("steps.stage", equalTo(List.of("REFERRED_TO_POLICE", "CASE_OPENED", "INVESTIGATING",
                        "TRANSFERRED_FOR_PROSECUTION", "PROSECUTED")));
        assertEquals(List.of("REFERRED_TO_POLICE", "CASE_OPENED", "INVESTIGATING", "TRANSFERRED_FOR_PROSECUTION",
                "PROSECUTED"), outcomes(caseId, 5));
    }

    @Test
    void lateOrRefusingPoliceBringFilingSupervisionAndThePrivateProsecutionNotice() {
        UUID caseId = UUID.randomUUID();
        String criminalId = given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "caseNumber", "(2023)苏05执777号", "respondentName", "李四",
                        "respondentIdNumber", CaseEvents.RESPONDENT_ID, "respondentType", "PERSON",
                        "evidenceSummary", "有能力履行而拒不履行", "legalBasis", CaseEvents.NOTICE_JSON))
                .when().post("/criminal-referrals")
                .then().statusCode(201).body("stage", equalTo("REFERRED_TO_POLICE"))
                .body("policeAgencyId", equalTo(POLICE)).extract().path("id");

        clock.advance(Duration.ofDays(31));
        Sweeps.run(deadlines);

        given().auth().oauth2(Agencies.token(POLICE)).when().get("/criminal-referrals/" + criminalId)
                .then().statusCode(200).body("stage", equalTo("SUPERVISION_REQUESTED"));
        Map<String, Object> supervision = Agencies.inbox(PROC, caseId).get(0);
        assertEquals("FILING_SUPERVISION", supervision.get("kind"));
        Referrals.answer(PROC, (String) supervision.get("id"), Map.of("type", "PROCURATORATE_DECISION",
                "decision", "SUPERVISE", "reason", "应当立案而不立案")).statusCode(200);
        step(criminalId, "OPEN_CASE").statusCode(200).body("stage", equalTo("CASE_OPENED"));

        List<String> outcomes = outcomes(caseId, 6);
        assertEquals(List.of("REFERRED_TO_POLICE", "ESCALATED", "SUPERVISION_REQUESTED", "PRIVATE_PROSECUTION_ADVISED",
                "FILING_SUPERVISED", "CASE_OPENED"), outcomes);
    }

    @Test
    void aPoliceRefusalAlsoOpensSupervision() {
        UUID caseId = UUID.randomUUID();
        CaseEvents.publish(kafka, mapper, CaseEvents.refusal(caseId, CaseEvents.SUZHOU, "有能力履行而拒不履行"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(POLICE, caseId).size() == 1);
        String lead = (String) Agencies.inbox(POLICE, caseId).get(0).get("id");
        Referrals.answer(POLICE, lead, Map.of("type", "POLICE_DECISION", "decision", "REFUSE")).statusCode(400);
        Referrals.answer(POLICE, lead, Map.of("type", "POLICE_DECISION", "decision", "REFUSE",
                "reason", "证据不足")).statusCode(200);
        assertEquals("FILING_SUPERVISION", Agencies.inbox(PROC, caseId).get(0).get("kind"));
        assertTrue(outcomes(caseId, 4).contains("PRIVATE_PROSECUTION_ADVISED"));
    }

    private static io.restassured.response.ValidatableResponse step(String criminalId, String action) {
        return given().auth().oauth2(Agencies.token(POLICE)).contentType(ContentType.JSON)
                .body(Map.of("action", action, "note", "步骤 " + action))
                .when().post("/criminal-referrals/" + criminalId + "/steps").then();
    }

    private List<String> outcomes(UUID caseId, int count) {
        return Referrals.outcomesOfCase(kafka, caseId, count).stream()
                .map(r -> JsonPath.from(r.value()).getString("outcome")).toList();
    }
}
