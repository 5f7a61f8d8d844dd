package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 限制出境 (民事诉讼法 2023 art. 266) through the gateway with the real tokens: judge-zy bars a respondent from leaving
 * the country; the Suzhou police (client police-sz) find it in their queue, the procuratorate's system does not; the
 * police register it with the border authority and the answer lands on the case timeline; a refusal on a second
 * case travels back with its reason; the judge's lifting of the registered ban reaches the police.
 */
@ExtendWith(PlatformExtension.class)
class ExitBanIT {

    static Staff staff;
    static Desk police;
    static Desk procuratorate;

    @BeforeAll
    static void people(Platform platform) {
        staff = new Staff(platform);
        Keycloak keycloak = new Keycloak(platform);
        police = Desk.asAgency(keycloak, "police-sz");
        procuratorate = Desk.asAgency(keycloak, "procuratorate-sz");
    }

    private static String fileCase(String debtor) {
        return staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "30000.00",
                TestData.personRespondent("孙十二", debtor))).get("id").toString();
    }

    private static String orderBan(String caseId, String debtor) {
        staff.judge.ok("/api/cases/" + caseId + "/exit-bans", Map.of("respondentIdNumber", debtor,
                "legalBasis", TestData.LEGAL_BASIS, "reason", "被执行人频繁出境且拒不履行"));
        return staff.judge.timeline(caseId).stream().filter(e -> "EXIT_BAN_ORDERED".equals(e.get("kind")))
                .findFirst().orElseThrow().get("eventId").toString();
    }

    @Test
    void thePoliceAnswerLandsOnTheTimelineAndASecondAgencyCannotSeeIt_minsusufa266() {
        String debtor = TestData.personId();
        String caseId = fileCase(debtor);
        staff.otherCourt.post("/api/cases/" + caseId + "/exit-bans", Map.of("legalBasis", TestData.LEGAL_BASIS))
                .statusCode(404);
        String requestId = orderBan(caseId, debtor);

        Map<String, Object> ban = police.awaitInbox(caseId, "EXIT_BAN", 1).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) ban.get("payload");
        assertEquals(requestId, payload.get("requestId"));
        assertTrue(procuratorate.inbox(caseId, "EXIT_BAN").isEmpty(), "another agency's queue does not show it");
        int status = procuratorate.get("/api/inbox/" + ban.get("id")).extract().statusCode();
        assertTrue(status == 403 || status == 404, "another agency reads nothing of it: " + status);

        police.answer(ban.get("id"), Map.of("type", "EXIT_BAN", "decision", "REGISTERED",
                "borderControlReference", "SZ-BK-2026-0001"));
        await().atMost(Desk.ASYNC).until(() -> staff.judge.outcomesOn(caseId).contains("EXIT_BAN_REGISTERED"));

        // lifted by the judge's order: the police get the lifting
        staff.judge.ok("/api/cases/" + caseId + "/exit-ban-liftings", Map.of("exitBanRequestId", requestId,
                "legalBasis", TestData.LEGAL_BASIS, "reason", "被执行人提供充分有效担保"));
        Map<String, Object> lifting = police.awaitInbox(caseId, "EXIT_BAN_LIFTING", 1).get(0);
        police.answer(lifting.get("id"), Map.of("type", "EXIT_BAN", "decision", "LIFTED"));
        await().atMost(Desk.ASYNC).until(() -> staff.judge.outcomesOn(caseId).contains("EXIT_BAN_LIFTED"));
    }

    @Test
    void aRefusalTravelsBackToTheCourtsTimelineWithItsReason() {
        String debtor = TestData.personId();
        String caseId = fileCase(debtor);
        orderBan(caseId, debtor);
        Map<String, Object> ban = police.awaitInbox(caseId, "EXIT_BAN", 1).get(0);
        police.post("/api/inbox/" + ban.get("id") + "/answer", Map.of("type", "EXIT_BAN", "decision", "REFUSED"))
                .statusCode(400);
        police.answer(ban.get("id"), Map.of("type", "EXIT_BAN", "decision", "REFUSED",
                "reason", "被执行人未持有出入境证件"));
        List<Map<String, Object>> timeline = await().atMost(Desk.ASYNC).until(() -> staff.judge.timeline(caseId),
                t -> staff.judge.outcomesOn(caseId).contains("EXIT_BAN_REFUSED"));
        assertTrue(timeline.stream().anyMatch(e -> String.valueOf(e.get("summary")).contains("被执行人未持有出入境证件")),
                "the police's reason is on the timeline");
    }
}
