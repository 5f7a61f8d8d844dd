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
 * 撤销 under supervision (制度铁笼) through the gateway with the real tokens: judge-zy asks to cancel an auction hand-off
 * the platform has not answered; it waits for a second judge (judge-zy2), judge-zy cannot approve it himself, the
 * other court's judge does not see it; once approved the platform's queue shows the referral CANCELLED, and the
 * cancellation is on the timeline. A hand-off already answered cannot be cancelled (409 naming {@code requestId}).
 */
@ExtendWith(PlatformExtension.class)
class MeasureCancellationIT {

    static Staff staff;

    @BeforeAll
    static void people(Platform running) {
        staff = new Staff(running);
    }

    private static String handOff(String caseId, String debtor, String reserve) {
        staff.judge.ok("/api/cases/" + caseId + "/auction-handoffs", Map.of("assetDescription", "查封车辆一辆",
                "reservePrice", reserve, "respondentIdNumber", debtor, "legalBasis", TestData.LEGAL_BASIS));
        List<Map<String, Object>> timeline = staff.judge.timeline(caseId);
        return timeline.stream().filter(e -> "AUCTION_HANDOFF_ORDERED".equals(e.get("kind")))
                .reduce((a, b) -> b).orElseThrow().get("eventId").toString();
    }

    @Test
    void aCancellationWaitsForASecondJudgeAndThenLeavesTheAgencysQueue() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "90000.00",
                TestData.personRespondent("吴十四", debtor))).get("id").toString();
        String requestId = handOff(caseId, debtor, "50000.00");
        Object referral = staff.auction.awaitInbox(caseId, "JUDICIAL_AUCTION", 1).get(0).get("id");

        Map<String, Object> pending = staff.judge.ok("/api/cases/" + caseId + "/measure-cancellations",
                Map.of("requestId", requestId, "reason", "案外人异议成立"));
        assertEquals("PENDING", pending.get("status"));
        assertEquals("MEASURE_CANCELLATION", pending.get("action"));
        String approval = "/api/approvals/" + pending.get("id");
        staff.judge.post(approval + "/approval", Map.of()).statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("/self-approval"));
        staff.otherCourt.post(approval + "/approval", Map.of()).statusCode(404);
        assertEquals("QUEUED", staff.auction.read("/api/inbox/" + referral).get("status"), "nothing cancelled yet");

        assertEquals("APPROVED", staff.secondJudge.ok(approval + "/approval", Map.of()).get("status"));
        await().atMost(Desk.ASYNC).until(() -> staff.auction.read("/api/inbox/" + referral).get("status"),
                "CANCELLED"::equals);
        assertTrue(staff.auction.request().queryParam("caseId", caseId).queryParam("status", "QUEUED").when()
                .get("/api/inbox").then().statusCode(200).extract().jsonPath().getList("$").isEmpty(),
                "the queue no longer offers it");
        List<String> kinds = staff.judge.timeline(caseId).stream().map(e -> e.get("kind").toString()).toList();
        assertTrue(kinds.contains("MEASURE_CANCELLED"), kinds.toString());
        await().atMost(Desk.ASYNC).until(() -> staff.judge.outcomesOn(caseId).contains("CANCELLED"));

        // answered first: it stands
        String second = handOff(caseId, debtor, "40000.00");
        Object answered = staff.auction.awaitInbox(caseId, "JUDICIAL_AUCTION", 2).stream()
                .filter(r -> !referral.equals(r.get("id"))).findFirst().orElseThrow().get("id");
        staff.auction.answer(answered, Map.of("type", "AUCTION", "result", "UNSOLD"));
        await().atMost(Desk.ASYNC).until(() -> staff.judge.outcomesOn(caseId).contains("AUCTION_UNSOLD"));
        Desk.assertProblemNaming(staff.judge.post("/api/cases/" + caseId + "/measure-cancellations",
                Map.of("requestId", second, "reason", "流拍后撤回")).extract().response(), "requestId", 409);
    }
}
