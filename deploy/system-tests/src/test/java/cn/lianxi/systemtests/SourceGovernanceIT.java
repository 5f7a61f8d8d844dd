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
 * 执源治理 and 执破融合 (governing enforcement at its source; joining enforcement and bankruptcy), three debtors:
 * <ol>
 * <li>a man pays voluntarily right after filing: the case ends by full performance without any measure, and a
 * good-faith record (守信激励) appears for him;</li>
 * <li>a company with no assets: every bank finds nothing, the case ends as 终本 (termination of this round) once its
 * prerequisites are met; in the platform's own repeated search ICBC finds money, and the judge resumes the case
 * (恢复执行) with one action and freezes it;</li>
 * <li>an insolvent company: the judge proposes transfer to bankruptcy (执转破) and the case concludes that way.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class SourceGovernanceIT {

    static Staff staff;

    @BeforeAll
    static void people(Platform platform) {
        staff = new Staff(platform);
    }

    @Test
    void aDebtorWhoPaysAtOnceEarnsAGoodFaithRecord() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "5000.00",
                TestData.personRespondent("吴九", debtor))).get("id").toString();

        // the debtor pays the whole debt the week the case is filed
        Map<String, Object> paid = staff.clerk.ok("/api/cases/" + caseId + "/payments",
                Map.of("amount", "5000.00", "source", "VOLUNTARY", "transferReference", "PAID-" + caseId));
        assertEquals(true, paid.get("readyToConclude"));
        staff.judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE"));

        List<Map<String, Object>> records = await().atMost(Desk.ASYNC)
                .until(() -> staff.officer.list("/api/good-faith?idNumber=" + debtor), l -> !l.isEmpty());
        assertEquals(caseId, records.get(0).get("caseId").toString());
    }

    /**
     * 终本 as 法〔2016〕373号 has it: refused while its prerequisites are missing (art. 1: more than three months since
     * filing, a consumption restriction, a nationwide search, the applicant told), accepted once they are met; then
     * the platform itself repeats the nationwide search (art. 9: every six months for five years; seconds here, by
     * configuration), ICBC finds money in one, the case shows as resumable and one action resumes it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aCompanyWithoutAssetsIsClosedAsZhongbenSearchedAgainByThePlatformAndResumedWhenABankFindsMoney() {
        String company = TestData.companyCode();
        String caseNumber = TestData.caseNumber();
        Map<String, Object> filing = new java.util.HashMap<>(TestData.filing(caseNumber, "900000.00",
                TestData.companyRespondent("苏州空壳商贸有限公司", company, "郑十")));
        String caseId = staff.clerk.fileCase(filing).get("id").toString();
        String transitions = "/api/cases/" + caseId + "/transitions";
        Map<String, Object> zhongben = Map.of("targetStatus", "CONCLUDED", "conclusionType",
                "TERMINATION_OF_THIS_ROUND", "reason", "经网络查控未发现可供执行的财产");

        // filed yesterday, nothing restricted, nobody told: each missing prerequisite is named
        staff.judge.ok("/api/cases/" + caseId + "/asset-inquiries", Map.of("respondentIdNumber", company));
        var refused = staff.judge.request().body(zhongben).when().post(transitions);
        assertEquals(409, refused.statusCode(), refused.asString());
        List<String> missing = refused.jsonPath().getList("errors.field");
        assertTrue(missing.containsAll(List.of("filedOn", "consumptionRestriction", "applicantInformedOn")),
                missing.toString());
        assertEquals("INVESTIGATING", staff.judge.caseOf(caseId).get("status"), "a refused 终本 changes nothing");

        String older = TestData.caseNumber();
        filing.put("caseNumber", older);
        filing.put("filedOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(4).toString());
        caseId = staff.clerk.fileCase(filing).get("id").toString();
        transitions = "/api/cases/" + caseId + "/transitions";
        staff.judge.ok("/api/cases/" + caseId + "/asset-inquiries", Map.of("respondentIdNumber", company));
        for (Desk bank : List.of(staff.icbc, staff.boc)) {
            bank.awaitInbox(caseId, "BANK_INQUIRY", 2).forEach(r -> bank.answer(r.get("id"),
                    Map.of("type", "BANK_INQUIRY", "accounts", List.of())));
        }
        String id = caseId;
        await().atMost(Desk.ASYNC).until(() -> staff.judge.read("/api/bank-inquiries/" + id),
                v -> ((Number) v.get("answered")).intValue() >= 2 && ((Number) v.get("accountsFound")).intValue() == 0);
        await().atMost(Desk.ASYNC).until(() -> staff.judge.outcomesOn(id).contains("ANSWERED"));
        staff.judge.ok("/api/cases/" + caseId + "/consumption-restrictions", Map.of("respondentIdNumber", company,
                "behaviours", List.of("FLIGHTS", "VEHICLES"), "documentNumber", "(2026)苏05执限字第373号"));

        Map<String, Object> informed = new java.util.HashMap<>(zhongben);
        informed.put("applicantInformedOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        // 终本 is supervised (制度铁笼): it waits for the court's second judge, who approves it
        Map<String, Object> pending = staff.judge.ok(transitions, informed);
        assertEquals("PENDING", pending.get("status"));
        assertEquals(null, staff.judge.caseOf(caseId).get("conclusionType"), "a pending 终本 concludes nothing yet");
        staff.secondJudge.ok("/api/approvals/" + pending.get("id") + "/approval", Map.of());
        Map<String, Object> closed = staff.judge.caseOf(caseId);
        assertEquals("TERMINATION_OF_THIS_ROUND", closed.get("conclusionType"));

        // the platform's own search after 终本 reaches every bank; ICBC now finds a deposit
        Map<String, Object> research = await().atMost(Platform.ROUND_END_SEARCH_INTERVAL.plus(Desk.ASYNC))
                .pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> staff.icbc.inbox(id, "BANK_INQUIRY").stream().filter(r -> r.get("answeredAt") == null)
                        .filter(r -> !"CANCELLED".equals(r.get("status"))).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        assertTrue(staff.judge.timeline(caseId).stream().anyMatch(e -> "ASSET_INQUIRY_REQUESTED".equals(e.get("kind"))
                && e.get("detail") instanceof Map<?, ?> d && Boolean.TRUE.equals(d.get("scheduled"))),
                "the scheduled search is on the timeline");
        staff.icbc.answer(research.get("id"), Map.of("type", "BANK_INQUIRY", "accounts", List.of(Map.of("accountNumber",
                "6222021102009876543", "accountType", "DEMAND_DEPOSIT", "balance", "310000.00", "currency", "CNY"))));
        await().atMost(Desk.ASYNC).until(() -> Boolean.TRUE.equals(staff.judge.caseOf(id).get("resumable")));

        Map<String, Object> resumed = staff.judge.ok("/api/cases/" + caseId + "/resumptions",
                Map.of("reason", "发现被执行人有可供执行的财产，恢复执行"));
        assertTrue(List.of("INVESTIGATING", "MEASURES_UNDER_WAY", "FILED").contains(resumed.get("status")),
                resumed.toString());
        assertEquals(false, resumed.get("resumable"));
        Map<String, Object> frozen = staff.judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId",
                "BANK-ICBC", "accountNumber", "6222021102009876543", "amount", "310000.00"));
        assertEquals("MEASURES_UNDER_WAY", frozen.get("status"));
        staff.icbc.awaitInbox(caseId, "FREEZE", 1);
    }

    @Test
    void anInsolventCompanyIsTransferredToBankruptcy() {
        String company = TestData.companyCode();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "2600000.00",
                TestData.companyRespondent("苏州鼎泰机械制造有限公司", company, "钱十一"))).get("id").toString();
        staff.judge.ok("/api/cases/" + caseId + "/asset-inquiries", Map.of("respondentIdNumber", company));

        staff.judge.ok("/api/cases/" + caseId + "/bankruptcy-proposals",
                Map.of("reason", "被执行人资不抵债，明显缺乏清偿能力，经申请执行人同意移送破产审查"));
        Map<String, Object> concluded = staff.judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "BANKRUPTCY_TRANSFER"));
        assertEquals("BANKRUPTCY_TRANSFER", concluded.get("conclusionType"));

        List<String> kinds = staff.judge.timeline(caseId).stream().map(e -> e.get("kind").toString()).toList();
        assertTrue(kinds.indexOf("BANKRUPTCY_TRANSFER_PROPOSED") < kinds.lastIndexOf("CASE_CONCLUDED"), kinds.toString());
        // the office sees it among the court's concluded cases; credit-sanction-service heard of the conclusion
        assertEquals("BANKRUPTCY_TRANSFER", staff.office.caseOf(caseId).get("conclusionType"));
        await().atMost(Desk.ASYNC).until(() -> String.valueOf(staff.officer.read("/api/sanctions/cases/" + caseId)),
                r -> r.contains("BANKRUPTCY_TRANSFER"));
    }
}
