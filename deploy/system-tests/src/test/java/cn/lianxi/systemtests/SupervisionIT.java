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
 * 制度铁笼 through the gateway with the real officers' tokens: judge-zy orders an ICBC freeze released before the debt
 * is paid; the release waits for a second judge of the court (judge-zy2). judge-zy cannot approve it himself
 * (self-approval), the other court's judge does not see it, the office reads the queue; a rejection sends the bank
 * nothing, an approval sends ICBC the unfreeze, ordered by the requester, and both officers are in the audit log.
 */
@ExtendWith(PlatformExtension.class)
class SupervisionIT {

    static final String ACCOUNT = "6222021102007790001";

    static Staff staff;

    @BeforeAll
    static void people(Platform platform) {
        staff = new Staff(platform);
    }

    @Test
    void anUnfreezeBeforePerformanceReachesTheBankOnlyOnceASecondJudgeApprovesIt() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "80000.00",
                TestData.personRespondent("钱十一", debtor))).get("id").toString();
        staff.judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", ACCOUNT,
                "amount", "80000.00", "respondentIdNumber", debtor));
        staff.icbc.awaitInbox(caseId, "FREEZE", 1);
        String unfreeze = "/api/cases/" + caseId + "/unfreeze-orders";
        Map<String, Object> release = Map.of("agencyId", "BANK-ICBC", "accountNumber", ACCOUNT);

        // asked, and rejected by the second judge: the bank hears nothing
        Map<String, Object> first = staff.judge.ok(unfreeze, release);
        assertEquals("PENDING", first.get("status"));
        assertEquals("UNFREEZE_BEFORE_PERFORMANCE", first.get("action"));
        String approvals = "/api/approvals/" + first.get("id");
        staff.secondJudge.ok(approvals + "/rejection", Map.of("reason", "申请执行人不同意解冻"));
        assertEquals("REJECTED", staff.secondJudge.read(approvals).get("status"));

        // asked again: not by the requester, not by another court, only by the second judge
        Map<String, Object> second = staff.judge.ok(unfreeze, release);
        String approval = "/api/approvals/" + second.get("id");
        staff.judge.post(approval + "/approval", Map.of()).statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("/self-approval"));
        staff.otherCourt.post(approval + "/approval", Map.of()).statusCode(404);
        staff.otherCourt.get(approval).statusCode(404);
        assertTrue(staff.office.list("/api/approvals?status=PENDING&size=500").stream()
                .anyMatch(a -> second.get("id").equals(a.get("id"))), "the office reads every court's queue");
        assertTrue(staff.icbc.inbox(caseId, "UNFREEZE").isEmpty(), "nothing is released before the approval");

        Map<String, Object> approved = staff.secondJudge.ok(approval + "/approval", Map.of());
        assertEquals("APPROVED", approved.get("status"));
        assertEquals("judge-zy2", approved.get("decidedBy"));

        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) staff.icbc.awaitInbox(caseId, "UNFREEZE", 1).get(0)
                .get("payload");
        assertEquals(ACCOUNT, payload.get("accountNumber"));
        assertEquals(1, staff.icbc.inbox(caseId, "UNFREEZE").size(), "the rejected request ordered nothing");
        List<String> kinds = staff.judge.steps(caseId);
        assertEquals(List.of("APPROVAL_REQUESTED", "APPROVAL_REJECTED", "APPROVAL_REQUESTED", "APPROVAL_GRANTED",
                "UNFREEZE_ORDERED"), kinds.subList(kinds.size() - 5, kinds.size()));

        List<Map<String, Object>> audit = await().atMost(Desk.ASYNC).until(() -> staff.auditor.list("/api/audit/case/" + caseId),
                l -> l.stream().anyMatch(e -> "approval.approved".equals(e.get("action"))));
        String detail = audit.stream().filter(e -> "approval.approved".equals(e.get("action"))).findFirst()
                .orElseThrow().get("detail").toString();
        assertTrue(detail.contains("requestedBy=judge-zy;") && detail.contains("decidedBy=judge-zy2"), detail);
        assertTrue(audit.stream().anyMatch(e -> "approval.rejected".equals(e.get("action"))));
    }
}
