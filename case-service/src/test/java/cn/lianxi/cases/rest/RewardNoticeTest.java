package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.amount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Reward notices (悬赏执行, 法释〔2017〕8号 arts. 21-24) through the API: published by the judge, read by anyone with
 * the respondent masked, a lead from anyone kept for the court, assessed with the reward paid, withdrawn; another
 * court can do none of it.
 */
@QuarkusTest
class RewardNoticeTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static final Map<String, Object> LEAD = Map.of("lead", "被执行人在吴中区某小区有一套出租房", "contactName",
            "李先生", "contactPhone", "138 0000 0000");

    private static ValidatableResponse post(String token, String path, Object body) {
        var request = given().config(Fixtures.EXACT).contentType(ContentType.JSON).body(body);
        return (token == null ? request : request.auth().oauth2(token)).when().post(path).then();
    }

    private static ValidatableResponse publicNotice(String id) {
        return given().config(Fixtures.EXACT).when().get("/public/reward-notices/" + id).then();
    }

    private static Map<String, Object> notice() {
        return Map.of("reward", "5000.00", "leadsWanted", "被执行人名下房产、车辆、存款线索",
                "validUntil", Instant.now().plus(Duration.ofDays(90)).toString());
    }

    private static String published(String caseId) {
        return post(Tokens.judge(SUZHOU), "/cases/" + caseId + "/reward-notices", notice()).statusCode(201)
                .body("reward", amount("5000.00")).body("status", equalTo("PUBLISHED")).extract().path("id");
    }

    @Test
    @DisplayName("法释〔2017〕8号 arts. 21-22: a published notice is public with the respondent masked and the reward")
    void spc2017No8Arts21And22_aPublishedNoticeIsPublicWithTheRespondentMasked() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String notice = published(id);
        publicNotice(notice).statusCode(200).body("reward", amount("5000.00")).body("respondentName", equalTo("张*"))
                .body("respondentIdNumber", equalTo(IdentityNumbers.mask(Fixtures.ADULT_ID)))
                .body("courtCode", equalTo(SUZHOU));
        given().config(Fixtures.EXACT).when().get("/public/reward-notices?size=100").then().statusCode(200)
                .body("id", hasItem(notice)).body("respondentIdNumber", not(hasItem(Fixtures.ADULT_ID)));
        JsonNode event = Fixtures.caseEvents(kafka, id, 2).stream().map(r -> Fixtures.json(r.value()))
                .filter(e -> e.path("kind").asText().equals("REWARD_NOTICE_PUBLISHED")).findFirst().orElseThrow();
        assertEquals("5000.00", event.path("detail").path("reward").decimalValue().toPlainString());
    }

    @Test
    @DisplayName("法释〔2017〕8号 arts. 23-24: an anonymous lead is kept for the court with its contact, assessed "
            + "useful with the reward paid, on the timeline")
    void spc2017No8Arts23And24_anAnonymousLeadIsForTheCourtAndItsRewardOnTheTimeline() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String notice = published(id);
        String lead = post(null, "/public/reward-notices/" + notice + "/leads", LEAD).statusCode(202)
                .body("caseId", nullValue()).extract().path("leadId");
        publicNotice(notice).statusCode(200).body("leads", nullValue()).body("contactPhone", nullValue());
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).get("/cases/" + id + "/reward-notices").then()
                .statusCode(200).body("[0].leads[0].id", equalTo(lead))
                .body("[0].leads[0].contactPhone", equalTo("138 0000 0000"));
        given().auth().oauth2(Tokens.judge(GUSU)).get("/cases/" + id + "/reward-notices").then().statusCode(404);

        String assess = "/cases/" + id + "/reward-notices/leads/" + lead + "/assessment";
        post(Tokens.judge(SUZHOU), assess, Map.of("useful", true, "rewardPaid", "5000.01")).statusCode(400)
                .body("errors[0].field", equalTo("rewardPaid"));
        post(Tokens.judge(GUSU), assess, Map.of("useful", true, "rewardPaid", "5000.00")).statusCode(404);
        post(Tokens.judge(SUZHOU), assess, Map.of("useful", true, "rewardPaid", "5000.00")).statusCode(200)
                .body("useful", equalTo(true)).body("rewardPaid", amount("5000.00"));

        List<String> kinds = Fixtures.timelineKinds(id);
        assertTrue(kinds.containsAll(List.of("REWARD_NOTICE_PUBLISHED", "REWARD_LEAD_RECEIVED",
                "REWARD_LEAD_ASSESSED")), kinds.toString());
        String detail = Fixtures.timeline(id).getString("find { it.kind == 'REWARD_LEAD_RECEIVED' }.detail");
        assertFalse(detail.contains("138"), "the lead's contact stays off the timeline: " + detail);
    }

    @Test
    @DisplayName("A withdrawn notice, or one whose case concluded, is no longer public and takes no lead")
    void aWithdrawnOrConcludedNoticeIsNoLongerPublic() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String notice = published(id);
        post(Tokens.judge(GUSU), "/cases/" + id + "/reward-notices/" + notice + "/withdrawal",
                Map.of("reason", "申请执行人撤回悬赏申请")).statusCode(404);
        post(Tokens.judge(SUZHOU), "/cases/" + id + "/reward-notices/" + notice + "/withdrawal",
                Map.of("reason", "申请执行人撤回悬赏申请")).statusCode(200).body("status", equalTo("WITHDRAWN"));
        publicNotice(notice).statusCode(404);
        post(null, "/public/reward-notices/" + notice + "/leads", LEAD).statusCode(404);

        String other = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String second = published(other);
        post(Tokens.judge(SUZHOU), "/cases/" + other + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "BANKRUPTCY_TRANSFER")).statusCode(200);
        publicNotice(second).statusCode(404);
    }

    @Test
    @DisplayName("法释〔2017〕8号 arts. 21-22: a conclusion (终结执行 here) withdraws each published notice of the case in "
            + "its transaction, on the timeline after the conclusion and published; one already withdrawn stays as it "
            + "was")
    void spc2017No8Art22_aConclusionWithdrawsThePublishedNotices() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        String first = published(id);
        String second = published(id);
        String withdrawn = published(id);
        post(Tokens.judge(SUZHOU), "/cases/" + id + "/reward-notices/" + withdrawn + "/withdrawal",
                Map.of("reason", "申请执行人撤回悬赏申请")).statusCode(200);

        post(Tokens.judge(SUZHOU), "/cases/" + id + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "TERMINATION")).statusCode(200);

        List<String> kinds = Fixtures.timelineKinds(id);
        assertEquals(List.of("CASE_CONCLUDED", "REWARD_NOTICE_WITHDRAWN", "REWARD_NOTICE_WITHDRAWN"),
                kinds.subList(kinds.size() - 3, kinds.size()), kinds.toString());
        given().auth().oauth2(Tokens.judge(SUZHOU)).get("/cases/" + id + "/reward-notices").then().statusCode(200)
                .body("find { it.id == '" + first + "' }.status", equalTo("WITHDRAWN"))
                .body("find { it.id == '" + second + "' }.withdrawalReason", equalTo("案件已结案 case concluded"))
                .body("find { it.id == '" + withdrawn + "' }.withdrawalReason", equalTo("申请执行人撤回悬赏申请"));
        List<String> published = Fixtures.records(kafka, Topics.ENFORCEMENT_CASES, r -> id.equals(r.key())
                && Fixtures.json(r.value()).path("kind").asText().equals("REWARD_NOTICE_WITHDRAWN"), 3).stream()
                .map(r -> Fixtures.json(r.value()).path("detail").path("noticeId").asText()).toList();
        assertTrue(published.containsAll(List.of(first, second, withdrawn)), published.toString());
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 22: a publication or a withdrawal re-sent with its Idempotency-Key answers the same "
            + "notice and writes nothing more; the key with another body is 409 conflicting-duplicate")
    void spc2017No8Art22_aResentPublicationOrWithdrawalWithItsKeyChangesNothing() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        Map<String, Object> body = notice();
        String notice = keyed("publish-" + id, "/cases/" + id + "/reward-notices", body).statusCode(201)
                .extract().path("id");
        keyed("publish-" + id, "/cases/" + id + "/reward-notices", body).statusCode(201).body("id", equalTo(notice));
        keyed("publish-" + id, "/cases/" + id + "/reward-notices", notice())
                .spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409));

        String withdrawal = "/cases/" + id + "/reward-notices/" + notice + "/withdrawal";
        keyed("withdraw-" + id, withdrawal, Map.of("reason", "申请执行人撤回")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        keyed("withdraw-" + id, withdrawal, Map.of("reason", "申请执行人撤回")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        keyed("withdraw-" + id, withdrawal, Map.of("reason", "另一理由"))
                .spec(Problems.of(ProblemType.CONFLICTING_DUPLICATE, 409));
        assertEquals(List.of("CASE_FILED", "REWARD_NOTICE_PUBLISHED", "REWARD_NOTICE_WITHDRAWN"),
                Fixtures.timelineKinds(id));
    }

    private static ValidatableResponse keyed(String key, String path, Object body) {
        return given().config(Fixtures.EXACT).auth().oauth2(Tokens.judge(SUZHOU)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @Test
    @DisplayName("Bad input is refused at once as problem+json naming the field; another court cannot publish")
    void badInputIsRefusedNamingTheField() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "50000.00");
        post(Tokens.judge(GUSU), "/cases/" + id + "/reward-notices", notice()).statusCode(404);
        post(Tokens.judge(SUZHOU), "/cases/" + id + "/reward-notices", Map.of("reward", "5000.001", "leadsWanted",
                "线索", "validUntil", Instant.now().plus(Duration.ofDays(9)).toString())).statusCode(400)
                .body("errors[0].field", equalTo("reward"));
        post(Tokens.judge(SUZHOU), "/cases/" + id + "/reward-notices", Map.of("reward", "5000.00", "leadsWanted",
                "线索", "validUntil", Instant.now().minus(Duration.ofDays(1)).toString())).statusCode(400)
                .body("errors[0].field", equalTo("validUntil"));
        String notice = published(id);
        post(null, "/public/reward-notices/" + notice + "/leads", Map.of("lead", "有线索", "contactName", "李先生",
                "contactPhone", "call me")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contactPhone"));
        assertEquals(List.of("CASE_FILED", "REWARD_NOTICE_PUBLISHED"), Fixtures.timelineKinds(id));
    }
}
