package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.lianxi.contracts.IdentityNumbers;
import io.restassured.http.ContentType;

/**
 * Reward notices (悬赏执行, 法释〔2017〕8号 arts. 21-24) through the gateway: the judge publishes one, anyone reads it
 * anonymously with the respondent masked and the reward exact, anyone submits a lead anonymously, and the lead with
 * its contact shows on the case for the court only; another court's judge sees nothing.
 */
@ExtendWith(PlatformExtension.class)
class RewardNoticeIT {

    static Platform platform;
    static Staff staff;

    @BeforeAll
    static void people(Platform p) {
        platform = p;
        staff = new Staff(p);
    }

    @Test
    void aNoticeIsPublicMaskedAndALeadFromAnyoneIsTheCourtsOnly() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "90000.00",
                TestData.personRespondent("朱十七", debtor))).get("id").toString();
        Map<String, Object> notice = staff.judge.ok("/api/cases/" + caseId + "/reward-notices", Map.of(
                "reward", "5000.00", "leadsWanted", "被执行人名下房产、车辆线索",
                "validUntil", Instant.now().plus(Duration.ofDays(90)).toString()));
        String noticeId = notice.get("id").toString();

        var shown = given().config(Desk.EXACT).baseUri(platform.gatewayUrl()).when()
                .get("/api/public/reward-notices/" + noticeId).then().statusCode(200).extract();
        Desk.assertExactly("5000.00", shown.path("reward"), "the public reward");
        assertEquals("朱**", shown.path("respondentName"), "NameMasks keeps a person's first character");
        assertEquals(IdentityNumbers.mask(debtor), shown.path("respondentIdNumber"));
        assertFalse(shown.asString().contains(debtor), "the full ID stays private");

        var lead = given().baseUri(platform.gatewayUrl()).contentType(ContentType.JSON)
                .body(Map.of("lead", "被执行人在园区有一辆登记在亲属名下的轿车", "contactName", "王女士",
                        "contactPhone", "139 0000 0000"))
                .when().post("/api/public/reward-notices/" + noticeId + "/leads").then().statusCode(202).extract();
        String leadId = lead.path("leadId");

        List<Map<String, Object>> notices = staff.judge.list("/api/cases/" + caseId + "/reward-notices");
        assertTrue(notices.toString().contains(leadId) && notices.toString().contains("139 0000 0000"),
                notices.toString());
        staff.otherCourt.get("/api/cases/" + caseId + "/reward-notices").statusCode(404);
        var again = given().baseUri(platform.gatewayUrl()).when().get("/api/public/reward-notices/" + noticeId)
                .then().statusCode(200).extract().asString();
        assertFalse(again.contains("139 0000 0000") || again.contains(leadId), again);
        assertEquals(List.of("CASE_FILED", "REWARD_NOTICE_PUBLISHED", "REWARD_LEAD_RECEIVED"), staff.judge.steps(caseId));
    }
}
