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
 * <li>a company with no assets: every bank finds nothing, the case ends as 终本 (termination of this round); in the
 * court's periodic re-search ICBC finds money, and the judge resumes the case (恢复执行) and freezes it;</li>
 * <li>an insolvent company: the judge proposes transfer to bankruptcy (执转破) and the case concludes that way.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class SourceGovernanceIT {

    static Desk clerk;
    static Desk judge;
    static Desk officer;
    static Desk icbc;
    static Desk boc;
    static Desk office;

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        officer = Desk.as(keycloak, "credit-officer");
        office = Desk.as(keycloak, "jm-office");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
        boc = Desk.asAgency(keycloak, "bank-boc");
    }

    @Test
    void aDebtorWhoPaysAtOnceEarnsAGoodFaithRecord() {
        String debtor = TestData.personId();
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), "5000.00",
                TestData.personRespondent("吴九", debtor))).get("id").toString();

        // the debtor pays the whole debt the week the case is filed
        Map<String, Object> paid = clerk.ok("/api/cases/" + caseId + "/payments",
                Map.of("amount", "5000.00", "source", "VOLUNTARY"));
        assertEquals(true, paid.get("readyToConclude"));
        judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE"));

        List<Map<String, Object>> records = await().atMost(Desk.ASYNC)
                .until(() -> officer.list("/api/good-faith?idNumber=" + debtor), l -> !l.isEmpty());
        assertEquals(caseId, records.get(0).get("caseId").toString());
    }

    @Test
    void aCompanyWithoutAssetsIsClosedAsZhongbenAndResumedWhenABankFindsMoney() {
        String company = TestData.companyCode();
        String caseNumber = TestData.caseNumber();
        String caseId = clerk.fileCase(TestData.filing(caseNumber, "900000.00",
                TestData.companyRespondent("苏州空壳商贸有限公司", company, "郑十"))).get("id").toString();
        judge.ok("/api/cases/" + caseId + "/asset-inquiries", Map.of("respondentIdNumber", company));

        // both banks search and find nothing
        for (Desk bank : List.of(icbc, boc)) {
            bank.awaitInbox(caseId, "BANK_INQUIRY", 2).forEach(r -> bank.answer(r.get("id"),
                    Map.of("type", "BANK_INQUIRY", "accounts", List.of())));
        }
        await().atMost(Desk.ASYNC).until(() -> judge.read("/api/bank-inquiries/" + caseId),
                v -> ((Number) v.get("answered")).intValue() >= 4 && ((Number) v.get("accountsFound")).intValue() == 0);

        Map<String, Object> closed = judge.ok("/api/cases/" + caseId + "/transitions", Map.of("targetStatus",
                "CONCLUDED", "conclusionType", "TERMINATION_OF_THIS_ROUND", "reason", "经网络查控未发现可供执行的财产"));
        assertEquals("TERMINATION_OF_THIS_ROUND", closed.get("conclusionType"));

        // the court's periodic re-search of 终本 cases (终本案件定期查询): ICBC now finds a deposit
        judge.post("/api/bank-inquiries", Map.of("caseId", caseId, "caseNumber", caseNumber, "respondents",
                List.of(Map.of("name", "苏州空壳商贸有限公司", "idNumber", company, "type", "COMPANY"))))
                .statusCode(202);
        Map<String, Object> research = icbc.awaitInbox(caseId, "BANK_INQUIRY", 3).stream()
                .filter(r -> r.get("answeredAt") == null).findFirst().orElseThrow();
        icbc.answer(research.get("id"), Map.of("type", "BANK_INQUIRY", "accounts", List.of(Map.of("accountNumber",
                "6222021102009876543", "accountType", "DEMAND_DEPOSIT", "balance", "310000.00", "currency", "CNY"))));
        await().atMost(Desk.ASYNC).until(() -> judge.read("/api/bank-inquiries/" + caseId),
                v -> ((Number) v.get("accountsFound")).intValue() == 1);

        Map<String, Object> resumed = judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "INVESTIGATING", "reason", "发现被执行人有可供执行的财产，恢复执行"));
        assertEquals("INVESTIGATING", resumed.get("status"));
        Map<String, Object> frozen = judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId",
                "BANK-ICBC", "accountNumber", "6222021102009876543", "amount", "310000.00"));
        assertEquals("MEASURES_UNDER_WAY", frozen.get("status"));
        icbc.awaitInbox(caseId, "FREEZE", 1);

        List<Map<String, Object>> timeline = judge.timeline(caseId);
        // 恢复执行: the status change out of CONCLUDED (a 终本 case) is the resumption
        assertTrue(timeline.stream().anyMatch(e -> "STATUS_CHANGED".equals(e.get("kind"))
                && e.get("detail") instanceof Map<?, ?> d && "CONCLUDED".equals(d.get("from"))), "恢复执行 is on the timeline");
    }

    @Test
    void anInsolventCompanyIsTransferredToBankruptcy() {
        String company = TestData.companyCode();
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), "2600000.00",
                TestData.companyRespondent("苏州鼎泰机械制造有限公司", company, "钱十一"))).get("id").toString();
        judge.ok("/api/cases/" + caseId + "/asset-inquiries", Map.of("respondentIdNumber", company));

        judge.ok("/api/cases/" + caseId + "/bankruptcy-proposals",
                Map.of("reason", "被执行人资不抵债，明显缺乏清偿能力，经申请执行人同意移送破产审查"));
        Map<String, Object> concluded = judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "BANKRUPTCY_TRANSFER"));
        assertEquals("BANKRUPTCY_TRANSFER", concluded.get("conclusionType"));

        List<String> kinds = judge.timeline(caseId).stream().map(e -> e.get("kind").toString()).toList();
        assertTrue(kinds.indexOf("BANKRUPTCY_TRANSFER_PROPOSED") < kinds.lastIndexOf("CASE_CONCLUDED"), kinds.toString());
        // the office sees it among the court's concluded cases; credit-sanction-service heard of the conclusion
        assertEquals("BANKRUPTCY_TRANSFER", office.caseOf(caseId).get("conclusionType"));
        await().atMost(Desk.ASYNC).until(() -> String.valueOf(officer.read("/api/sanctions/cases/" + caseId)),
                r -> r.contains("BANKRUPTCY_TRANSFER"));
    }
}
