package cn.lianxi.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 涉执信访 (petitions about an enforcement case) through the gateway, by the people involved, with their real tokens:
 * a Suzhou clerk files a case and registers the applicant's letter complaining of delay; the applicant calls the
 * 12368 hotline while it is open, and the second petition is linked to the first as its repeat; the judge answers
 * the first, the clerk records the applicant's word (满意). The case's timeline shows every step, the joint-meeting
 * office's figures ({@code /api/cases/stats}, and through it the gateway's overview) count them, and a clerk of the
 * Gusu court sees and changes nothing of it.
 */
@ExtendWith(PlatformExtension.class)
class PetitionsIT {

    static final String SUZHOU = "C320500";

    static Desk clerk;
    static Desk judge;
    static Desk office;
    static Desk gusuClerk;

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        office = Desk.as(keycloak, "jm-office");
        gusuClerk = Desk.as(keycloak, "clerk-gs");
    }

    static Map<String, Object> petition(String channel, String category, String complaint) {
        return Map.of("petitioner", Map.of("role", "APPLICANT"), "channel", channel, "category", category,
                "complaint", complaint);
    }

    @Test
    void aPetitionIsRegisteredRepeatedAnsweredAndAcknowledgedAndOnlyTheCasesCourtSeesIt() {
        Map<String, Object> before = suzhouFigures();
        String caseId = (String) clerk.fileCase(TestData.filing(TestData.caseNumber(), "120000.00",
                TestData.companyRespondent("苏州某机械有限公司", TestData.companyCode(), "赵六"))).get("id");

        Map<String, Object> first = clerk.post("/api/cases/" + caseId + "/petitions",
                petition("LETTER", "PASSIVE_ENFORCEMENT", "立案后两个月未见执行措施。")).statusCode(201)
                .body("status", equalTo("REGISTERED")).body("courtCode", equalTo(SUZHOU))
                .body("petitioner.name", equalTo("李四")).extract().path("$");
        String firstId = (String) first.get("id");
        assertEquals(0, count(first, "repeatNumber"));
        Map<String, Object> second = clerk.post("/api/cases/" + caseId + "/petitions",
                petition("HOTLINE_12368", "PASSIVE_ENFORCEMENT", "再次反映：仍未执行。")).statusCode(201)
                .body("repeatOf", equalTo(firstId)).extract().path("$");
        String secondId = (String) second.get("id");
        assertEquals(1, count(second, "repeatNumber"), "the second repeats the first while it is open");

        judge.ok("/api/petitions/" + firstId + "/answer", Map.of("answer", "已对被执行人账户采取冻结措施，将依法扣划。"));
        Map<String, Object> acknowledged = clerk.ok("/api/petitions/" + firstId + "/acknowledgement",
                Map.of("acknowledgement", "SATISFIED"));
        assertEquals("ACKNOWLEDGED", acknowledged.get("status"));
        assertEquals("judge-zy", acknowledged.get("answeredBy"));
        assertEquals(false, acknowledged.get("overdue"));

        List<String> kinds = clerk.steps(caseId);
        assertEquals(List.of("CASE_FILED", "PETITION_REGISTERED", "PETITION_REGISTERED", "PETITION_ANSWERED",
                "PETITION_ACKNOWLEDGED"), kinds.stream().filter(k -> k.equals("CASE_FILED") || k.startsWith("PETITION_"))
                .toList());
        clerk.get("/api/petitions?status=REGISTERED&size=500").statusCode(200).body("id", hasItem(secondId))
                .body("id", not(hasItem(firstId)));
        office.get("/api/cases/" + caseId + "/petitions").statusCode(200)
                .body("id", equalTo(List.of(firstId, secondId)));

        Map<String, Object> after = suzhouFigures();
        assertEquals(count(before, "received") + 2, count(after, "received"), after.toString());
        assertEquals(count(before, "answeredWithinDeadline") + 1, count(after, "answeredWithinDeadline"));
        assertEquals(count(before, "repeats") + 1, count(after, "repeats"));
        assertEquals(count(before, "acknowledgedSatisfied") + 1, count(after, "acknowledgedSatisfied"));
        assertEquals(count(before, "overdue"), count(after, "overdue"));
        // the gateway's overview carries the same figures (as case-service serves them)
        List<Map<String, Object>> overviewed = office.get("/api/admin/overview").statusCode(200).extract()
                .path("services.case.stats.petitionsByCourt");
        assertTrue(overviewed.stream().anyMatch(c -> SUZHOU.equals(c.get("courtCode"))), overviewed.toString());

        // the Gusu court's clerk: the case and its petitions do not exist for them, nor does Suzhou's queue
        gusuClerk.get("/api/cases/" + caseId + "/petitions").statusCode(404);
        gusuClerk.post("/api/cases/" + caseId + "/petitions", petition("VISIT", "OTHER", "冒名")).statusCode(404);
        gusuClerk.get("/api/petitions/" + secondId).statusCode(404);
        gusuClerk.post("/api/petitions/" + secondId + "/answer", Map.of("answer", "不是本院")).statusCode(404);
        gusuClerk.get("/api/petitions?court=" + SUZHOU).statusCode(403);
        gusuClerk.get("/api/petitions?size=500").statusCode(200).body("id", not(hasItem(secondId)));
        // and nothing changed
        clerk.get("/api/petitions/" + secondId).statusCode(200).body("status", equalTo("REGISTERED"));
        assertEquals(kinds, clerk.steps(caseId));
    }

    /** Suzhou's petition figures as the joint-meeting office reads them (all zero before the first petition). */
    private static Map<String, Object> suzhouFigures() {
        List<Map<String, Object>> courts = office.get("/api/cases/stats?court=" + SUZHOU).statusCode(200).extract()
                .path("petitionsByCourt");
        return courts.isEmpty() ? Map.of("received", 0, "answeredWithinDeadline", 0, "overdue", 0, "repeats", 0,
                "acknowledgedSatisfied", 0) : courts.get(0);
    }

    /** A count of a JSON answer, whatever number type the JSON reader chose. */
    private static long count(Map<String, Object> json, String field) {
        return ((Number) json.get(field)).longValue();
    }
}
