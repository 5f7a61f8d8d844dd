package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 执转破 as a hand-off between two courts (法发〔2017〕2号), through the gateway with the dev realm's tokens: the Gusu
 * basic court (C320508, judge-gs) transfers a listed company's case, on the applicant's written consent,
 * to the Suzhou intermediate court (C320500, judge-zy). The transfer suspends enforcement and deletes the listing
 * without a fixed term (法释〔2017〕7号 art. 10 para. 1 item 5), announced on {@code credit.sanctions.v1}; the bank's
 * freeze stands (art. 7 of the opinion) until judge-zy accepts, when the case concludes as 执转破 and ICBC gets the
 * unfreeze (企业破产法 art. 19). A second case is refused and enforcement resumes, the listing staying deleted; the
 * enforcing court's judge cannot answer a transfer.
 */
@ExtendWith(PlatformExtension.class)
class BankruptcyTransferIT {

    static final String GUSU = "C320508";
    static final String SUZHOU = "C320500";
    static final String OWED = "80000.00";

    static Platform platform;
    /** judge-gs of the enforcing court C320508. */
    static Desk gusuJudge;
    /** judge-zy of the bankruptcy court C320500. */
    static Desk bankruptcyJudge;
    static Desk officer;
    static Desk icbc;

    @BeforeAll
    static void people(Platform p) {
        platform = p;
        Staff staff = new Staff(p);
        gusuJudge = staff.otherCourt;
        bankruptcyJudge = staff.judge;
        officer = staff.officer;
        icbc = staff.icbc;
    }

    @Test
    void aConsentedTransferIsAcceptedByTheBankruptcyCourt() {
        String company = TestData.companyCode();
        String caseId = listedCompanyCase(company, "苏州恒泰机械有限公司");
        String account = "6222" + Math.abs((long) company.hashCode());
        frozenAtIcbc(caseId, company, account);

        Desk.assertProblemNaming(gusuJudge.request().body(Map.of("receivingCourt", SUZHOU))
                .when().post("/api/cases/" + caseId + "/bankruptcy-transfers"), "consent", 400);
        String transfer = transfer(caseId);
        assertEquals("SUSPENDED", gusuJudge.caseOf(caseId).get("status"));
        inOrder(caseId, "BANKRUPTCY_TRANSFER_DECIDED", "STATUS_CHANGED");

        theListingIsDeletedAndAnnounced(caseId);
        assertTrue(icbc.inbox(caseId, "UNFREEZE").isEmpty(), "the freeze stands until acceptance (法发〔2017〕2号 art. 7)");

        assertTrue(bankruptcyJudge.list("/api/cases/bankruptcy-transfers").stream()
                .anyMatch(t -> transfer.equals(t.get("id")) && company.equals(t.get("respondentIdNumber"))),
                "the bankruptcy court sees the transfer addressed to it");
        gusuJudge.post("/api/cases/bankruptcy-transfers/" + transfer + "/acceptance", ruling(null)).statusCode(404);

        Map<String, Object> accepted = bankruptcyJudge.ok("/api/cases/bankruptcy-transfers/" + transfer
                + "/acceptance", ruling(null));
        assertEquals("ACCEPTED", accepted.get("status"));
        Map<String, Object> concluded = gusuJudge.caseOf(caseId);
        assertEquals("CONCLUDED", concluded.get("status"));
        assertEquals("BANKRUPTCY_TRANSFER", concluded.get("conclusionType"));
        inOrder(caseId, "BANKRUPTCY_TRANSFER_DECIDED", "BANKRUPTCY_PETITION_ACCEPTED", "CASE_CONCLUDED",
                "UNFREEZE_ORDERED");
        @SuppressWarnings("unchecked")
        Map<String, Object> unfreeze = (Map<String, Object>) icbc.awaitInbox(caseId, "UNFREEZE", 1).get(0)
                .get("payload");
        assertEquals(account, unfreeze.get("accountNumber"), "the bank is told to release the freeze");
    }

    @Test
    void aRefusedTransferResumesEnforcementWithoutTheListing() {
        String company = TestData.companyCode();
        String caseId = listedCompanyCase(company, "苏州永昌纺织有限公司");
        String before = gusuJudge.caseOf(caseId).get("status").toString();
        String transfer = transfer(caseId);
        theListingIsDeletedAndAnnounced(caseId);

        Map<String, Object> refused = bankruptcyJudge.ok("/api/cases/bankruptcy-transfers/" + transfer + "/refusal",
                ruling("债务人具备清偿能力，不具备破产原因"));
        assertEquals("REFUSED", refused.get("status"));
        assertEquals(before, gusuJudge.caseOf(caseId).get("status"), "enforcement resumes where it was");
        inOrder(caseId, "BANKRUPTCY_PETITION_REFUSED", "STATUS_CHANGED");
        assertEquals("LIFTED", officer.list("/api/listings?caseId=" + caseId).get(0).get("status"),
                "a deleted listing does not come back by itself");
        gusuJudge.post("/api/cases/bankruptcy-transfers/" + transfer + "/acceptance", ruling(null)).statusCode(404);
    }

    /** Filed by the Gusu court against a company, listed on ground (1) (no fixed term) and seen ACTIVE by credit. */
    private static String listedCompanyCase(String company, String name) {
        String caseId = gusuJudge.fileCase(TestData.filing(TestData.caseNumber(), OWED,
                TestData.companyRespondent(name, company, "周八"))).get("id").toString();
        gusuJudge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 1, "respondentIdNumber",
                company, "documentNumber", "(2026)苏0508执失字第7号"));
        await().atMost(Desk.ASYNC).until(() -> officer.list("/api/listings?caseId=" + caseId),
                l -> l.size() == 1 && "ACTIVE".equals(l.get(0).get("status")));
        return caseId;
    }

    private static void frozenAtIcbc(String caseId, String company, String account) {
        gusuJudge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber",
                account, "amount", OWED, "respondentIdNumber", company));
        Map<String, Object> freeze = icbc.awaitInbox(caseId, "FREEZE", 1).get(0);
        icbc.answer(freeze.get("id"), Map.of("type", "FREEZE", "accountNumber", account, "amountFrozen", OWED,
                "frozenUntil", TestData.freezeLastDay()));
        await().atMost(Desk.ASYNC).until(() -> gusuJudge.outcomesOn(caseId), o -> o.contains("FROZEN"));
    }

    /** judge-gs transfers the case to C320500 on the applicant's written consent; returns the transfer's id. */
    private static String transfer(String caseId) {
        String applicant = TestData.applicant().get("idNumber").toString();
        Map<String, Object> t = gusuJudge.ok("/api/cases/" + caseId + "/bankruptcy-transfers", Map.of(
                "receivingCourt", SUZHOU, "reason", "资产不足以清偿全部债务",
                "consent", Map.of("idNumber", applicant, "givenOn", today(), "document", "同意移送破产审查申请书")));
        assertEquals("TRANSFERRED", t.get("status"));
        assertEquals(GUSU, t.get("courtCode"));
        return t.get("id").toString();
    }

    /** 法释〔2017〕7号 art. 10 para. 1 item 5: deleted with that reason, and ICBC's feed hears it. */
    private static void theListingIsDeletedAndAnnounced(String caseId) {
        Map<String, Object> listing = await().atMost(Desk.ASYNC).until(
                () -> officer.list("/api/listings?caseId=" + caseId).get(0), l -> "LIFTED".equals(l.get("status")));
        assertEquals("SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY", listing.get("liftReason"));
        try (SanctionFeed icbcFeed = new SanctionFeed(platform, "BANK-ICBC")) {
            List<SanctionFeed.Received> lifted = await().atMost(Desk.ASYNC).until(() -> icbcFeed.about(caseId)
                    .stream().filter(e -> "cn.lianxi.credit.dishonest-listing.lifted.v1".equals(e.ceType())).toList(),
                    l -> !l.isEmpty());
            assertEquals("SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY", lifted.get(0).payload().get("reason"));
        }
    }

    /**
     * The case's timeline holds these kinds in this order after its latest {@code first} (agencies' outcomes may
     * arrive in between at any time, so the tail is not asserted).
     */
    private static void inOrder(String caseId, String first, String... then) {
        List<String> kinds = gusuJudge.steps(caseId);
        int at = kinds.lastIndexOf(first);
        assertTrue(at >= 0, first + " in " + kinds);
        for (String kind : then) {
            int next = kinds.subList(at + 1, kinds.size()).indexOf(kind);
            assertTrue(next >= 0, kind + " after " + kinds.get(at) + " in " + kinds);
            at += next + 1;
        }
    }

    private static Map<String, Object> ruling(String reason) {
        return reason == null ? Map.of("rulingDate", today(), "rulingDocument", "(2026)苏05破申3号")
                : Map.of("rulingDate", today(), "reason", reason);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }
}
