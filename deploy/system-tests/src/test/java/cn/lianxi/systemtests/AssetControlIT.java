package cn.lianxi.systemtests;

import static cn.lianxi.systemtests.Desk.money;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 执行联动 · 总对总 (asset control through the nationwide inquiry and control network), as the Suzhou intermediate
 * court and its partner banks live it:
 * <ol>
 * <li>the clerk files a case against a trading company and its legal representative;</li>
 * <li>the judge asks every bank whether the company holds deposits (总对总查询);</li>
 * <li>every bank gets the inquiry; ICBC finds the company's account, BOC the representative's, and CCB does not
 * answer in time and shows as overdue to the judge and the joint-meeting office;</li>
 * <li>the judge orders ICBC to freeze (冻结); ICBC freezes and reports when the freeze ends;</li>
 * <li>the judge orders the deduction (扣划); ICBC deducts, its system sends the answer twice, the case's recovered
 * amount rises exactly once and covers the debt;</li>
 * <li>the office's overview counts the recovered money and the banks' answer times;</li>
 * <li>the judge concludes the case by full performance (执行完毕), and CCB's unanswered inquiries are withdrawn.</li>
 * </ol>
 * Every call goes through the gateway with the real token of whoever acts.
 */
@ExtendWith(PlatformExtension.class)
class AssetControlIT {

    static final String OWED = "120000.00";
    static final String ICBC_ACCOUNT = "6222021102001234567";
    static final String BOC_ACCOUNT = "6216610100012345";

    static Desk clerk;
    static Desk judge;
    static Desk icbc;
    static Desk boc;
    static Desk office;
    static Desk admin;
    static Desk auditor;
    /** A clerk of 姑苏 (C320508): another court than the case's. */
    static Desk otherCourtClerk;

    int banks;
    final String company = TestData.companyCode();
    final String representative = TestData.personId();

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        office = Desk.as(keycloak, "jm-office");
        admin = Desk.as(keycloak, "admin");
        auditor = Desk.as(keycloak, "auditor");
        otherCourtClerk = Desk.as(keycloak, "clerk-gs");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
        boc = Desk.asAgency(keycloak, "bank-boc");
    }

    @Test
    void aNationwideInquiryFindsTheMoneyAndTheDeductionSettlesTheCase() {
        aThirdBankJoinsTheNetwork();
        banks = activeBanks();
        Map<String, Object> before = office.overview();

        String caseId = theClerkFilesTheCase();
        theJudgeAsksEveryBankAboutTheCompany(caseId);
        everyBankGetsTheInquiryAndTwoFindAccounts(caseId);
        theJudgeOrdersAFreezeAndIcbcReportsItsEnd(caseId);
        theJudgeOrdersTheDeductionAndTheRecoveredAmountRisesOnce(caseId);
        ccbIsLateAndShowsAsOverdue(caseId);
        theDashboardCountsTheMoneyAndTheAnswerTimes(before);
        theJudgeConcludesByFullPerformance(caseId);
        ccbsOpenInquiriesAreCancelled(caseId);
    }

    /** How many active banks a nationwide inquiry reaches (CCB, and any other bank registered before this test). */
    private static int activeBanks() {
        return admin.request().queryParam("kind", "BANK").queryParam("status", "ACTIVE").when().get("/api/agencies")
                .then().statusCode(200).extract().path("size()");
    }

    /** The admin registers CCB Suzhou as a member bank; from now on every nationwide inquiry reaches it too. */
    private void aThirdBankJoinsTheNetwork() {
        admin.post("/api/agencies", Map.of("id", "BANK-CCB", "kind", "BANK", "name", "建设银行苏州分行", "bankCode", "105",
                "jurisdiction", List.of(), "contact", "ccb-sz-zhixing@example.cn", "channel", "PULL"))
                .statusCode(anyOf(equalTo(201), equalTo(200), equalTo(409)));
        admin.get("/api/agencies/BANK-CCB").statusCode(200).body("status", equalTo("ACTIVE"));
    }

    private String theClerkFilesTheCase() {
        Map<String, Object> filed = clerk.fileCase(TestData.filing(TestData.caseNumber(), OWED,
                TestData.companyRespondent("苏州恒通贸易有限公司", company, "赵六"),
                TestData.personRespondent("赵六", representative)));
        assertEquals("FILED", filed.get("status"));
        return (String) filed.get("id");
    }

    private void theJudgeAsksEveryBankAboutTheCompany(String caseId) {
        Map<String, Object> c = judge.ok("/api/cases/" + caseId + "/asset-inquiries",
                Map.of("respondentIdNumber", company));
        assertEquals("INVESTIGATING", c.get("status"));
    }

    /**
     * Filing already searched both respondents at every bank; the judge's inquiry adds one search of the company at
     * every bank (its own source event). ICBC finds the company's account, BOC the representative's; CCB is silent.
     */
    @SuppressWarnings("unchecked")
    private void everyBankGetsTheInquiryAndTwoFindAccounts(String caseId) {
        for (Desk bank : List.of(icbc, boc)) {
            List<Map<String, Object>> inquiries = bank.awaitInbox(caseId, "BANK_INQUIRY", 3);
            assertEquals(3, inquiries.size(), "two searches from the filing, one from the judge");
            Map<Object, List<Map<String, Object>>> bySource = inquiries.stream()
                    .collect(Collectors.groupingBy(r -> r.get("sourceEventId")));
            List<Map<String, Object>> judges = bySource.values().stream().filter(l -> l.size() == 1).findFirst()
                    .orElseThrow();
            assertEquals(company, respondentOf(judges.get(0)).get("idNumber"),
                    "the judge's inquiry searches the company only");
        }
        icbc.inbox(caseId, "BANK_INQUIRY").forEach(r -> icbc.answer(r.get("id"), bankAnswer(r, company,
                ICBC_ACCOUNT, "150000.00")));
        boc.inbox(caseId, "BANK_INQUIRY").forEach(r -> boc.answer(r.get("id"), bankAnswer(r, representative,
                BOC_ACCOUNT, "8000.00")));

        // three searches at every bank, but the judge's view counts each bank once (its latest referral) and each
        // account once (its latest answer): ICBC and BOC answered, the others (CCB) are pending
        Map<String, Object> view = await().atMost(Desk.ASYNC).until(
                () -> judge.read("/api/bank-inquiries/" + caseId), v -> ((List<?>) v.get("banks")).size() == banks
                        && ((Number) v.get("answered")).intValue() == 2);
        assertEquals(banks, ((Number) view.get("banksAsked")).intValue(), "each bank once, not once per inquiry");
        assertEquals(banks - 2, view.get("pending"), "CCB has not answered");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) view.get("banks");
        assertEquals(1, rows.stream().filter(r -> "BANK-CCB".equals(r.get("agencyId")))
                .filter(r -> r.get("answeredAt") == null).count());
        assertEquals(2, ((Number) view.get("accountsFound")).intValue(), "each account once");
        Desk.assertExactly("158000.00", view.get("totalBalance"), "what the debtors hold, each account counted once");
        assertTrue(rows.stream().anyMatch(r -> "BANK-ICBC".equals(r.get("agencyId")) && r.get("accounts") != null
                && r.get("accounts").toString().contains(ICBC_ACCOUNT)));
        assertTrue(rows.stream().anyMatch(r -> "BANK-BOC".equals(r.get("agencyId")) && r.get("accounts") != null
                && r.get("accounts").toString().contains(BOC_ACCOUNT)));
    }

    /** A bank's answer to one inquiry: the account when the searched person is the holder, otherwise nothing. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> bankAnswer(Map<String, Object> referral, String holder, String account,
            String balance) {
        Object searched = respondentOf(referral).get("idNumber");
        List<Map<String, Object>> accounts = holder.equals(searched)
                ? List.of(Map.of("accountNumber", account, "accountType", "DEMAND_DEPOSIT", "balance", balance,
                        "currency", "CNY"))
                : List.of();
        return Map.of("type", "BANK_INQUIRY", "accounts", accounts);
    }

    /** The respondent a referral is about: {@code payload.respondent} ({@code role, type, name, idNumber, …}). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> respondentOf(Map<String, Object> referral) {
        return (Map<String, Object>) ((Map<String, Object>) referral.get("payload")).get("respondent");
    }

    @SuppressWarnings("unchecked")
    private void theJudgeOrdersAFreezeAndIcbcReportsItsEnd(String caseId) {
        Map<String, Object> order = Map.of("agencyId", "BANK-ICBC", "accountNumber", ICBC_ACCOUNT, "amount", OWED,
                "respondentIdNumber", company);
        // a measure without the document it rests on is refused at once, naming the field (issue 16)
        Desk.assertProblemNaming(judge.request().body(order).when().post("/api/cases/" + caseId + "/freeze-orders"),
                "legalBasis", 400);
        Map<String, Object> c = judge.ok("/api/cases/" + caseId + "/freeze-orders", order);
        assertEquals("MEASURES_UNDER_WAY", c.get("status"));

        Map<String, Object> freeze = icbc.awaitInbox(caseId, "FREEZE", 1).get(0);
        Map<String, Object> payload = (Map<String, Object>) freeze.get("payload");
        assertEquals(ICBC_ACCOUNT, payload.get("accountNumber"));
        theBankSeesTheOfficerAndTheDocumentAndTheAuditorListsThem(caseId, freeze);
        Desk.assertExactly(OWED, payload.get("amount"), "the bank reads the court's amount as it was ordered");
        assertEquals(company, respondentOf(freeze).get("idNumber"));
        String frozenUntil = TestData.freezeLastDay();
        icbc.answer(freeze.get("id"), Map.of("type", "FREEZE", "accountNumber", ICBC_ACCOUNT, "amountFrozen", OWED,
                "frozenUntil", frozenUntil));

        Map<String, Object> frozen = await().atMost(Desk.ASYNC).until(() -> judge.timeline(caseId).stream()
                .filter(e -> "OUTCOME_RECORDED".equals(e.get("kind")))
                .map(e -> (Map<String, Object>) e.get("detail"))
                .filter(d -> "FROZEN".equals(d.get("outcome"))).findFirst(), java.util.Optional::isPresent).orElseThrow();
        Desk.assertExactly(OWED, frozen.get("amount"), "the timeline shows the amount frozen exactly");
        assertEquals(frozenUntil, String.valueOf(icbc.read("/api/inbox/" + freeze.get("id")).get("freezeUntil")),
                "the referral keeps the bank's end date");
    }

    /**
     * The bank reads who ordered the freeze (the judge's token: subject and name) and on which document; the auditor
     * lists every measure of that officer and of that document; a clerk of another court sees none of them.
     */
    @SuppressWarnings("unchecked")
    private void theBankSeesTheOfficerAndTheDocumentAndTheAuditorListsThem(String caseId, Map<String, Object> freeze) {
        Map<String, Object> payload = (Map<String, Object>) freeze.get("payload");
        Map<String, Object> officer = (Map<String, Object>) payload.get("orderedBy");
        assertEquals(TestData.LEGAL_BASIS, payload.get("legalBasis"));
        String officerId = String.valueOf(officer.get("id"));
        assertTrue(!officerId.isBlank() && !"null".equals(officerId), "the bank sees the officer: " + officer);
        List<Map<String, Object>> byOfficer = auditor.request().queryParam("officer", officerId)
                .queryParam("caseId", caseId).when().get("/api/referrals").then().statusCode(200).extract().path("$");
        assertTrue(byOfficer.stream().anyMatch(r -> freeze.get("id").equals(r.get("id"))), byOfficer.toString());
        List<Map<String, Object>> byDocument = auditor.request()
                .queryParam("document", TestData.LEGAL_BASIS.get("documentNumber")).queryParam("caseId", caseId)
                .when().get("/api/referrals").then().statusCode(200).extract().path("$");
        assertTrue(byDocument.stream().anyMatch(r -> freeze.get("id").equals(r.get("id"))), byDocument.toString());
        List<Map<String, Object>> otherCourt = otherCourtClerk.request().queryParam("officer", officerId)
                .when().get("/api/referrals").then().statusCode(200).extract().path("$");
        assertEquals(List.of(), otherCourt, "another court's clerk lists none of this court's measures");
    }

    @SuppressWarnings("unchecked")
    private void theJudgeOrdersTheDeductionAndTheRecoveredAmountRisesOnce(String caseId) {
        judge.ok("/api/cases/" + caseId + "/deduction-orders", Map.of("agencyId", "BANK-ICBC",
                "accountNumber", ICBC_ACCOUNT, "amount", OWED, "respondentIdNumber", company));
        Map<String, Object> deduction = icbc.awaitInbox(caseId, "DEDUCTION", 1).get(0);
        Desk.assertExactly(OWED, ((Map<String, Object>) deduction.get("payload")).get("amount"), "deduction payload");
        Map<String, Object> answer = Map.of("type", "DEDUCTION", "accountNumber", ICBC_ACCOUNT,
                "amountDeducted", OWED, "transferReference", "ICBC-SZ-" + caseId.substring(0, 8));
        icbc.answer(deduction.get("id"), answer);
        icbc.answer(deduction.get("id"), answer); // the bank's system retries: the same answer again changes nothing

        Map<String, Object> c = judge.awaitCase(caseId, x -> money(x.get("amountRecovered")).signum() > 0);
        Desk.assertExactly(OWED, c.get("amountRecovered"), "recovered once, exactly");
        assertEquals(true, c.get("readyToConclude"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(
                () -> money(judge.caseOf(caseId).get("amountRecovered")).compareTo(money(OWED)) == 0);
        assertEquals(1, judge.outcomesOn(caseId).stream().filter("DEDUCTED"::equals).count());
    }

    private void theJudgeConcludesByFullPerformance(String caseId) {
        Map<String, Object> c = judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE"));
        assertEquals("CONCLUDED", c.get("status"));
        assertEquals("FULL_PERFORMANCE", c.get("conclusionType"));
    }

    /** The case is concluded, so what CCB never answered is withdrawn from its inbox (a CANCELLED outcome each). */
    private void ccbsOpenInquiriesAreCancelled(String caseId) {
        await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId).stream().filter("CANCELLED"::equals).count() >= 3);
        Map<String, Object> view = judge.read("/api/bank-inquiries/" + caseId);
        assertEquals(0, ((Number) view.get("pending")).intValue(), "nothing is left pending at a concluded case");
    }

    /** CCB's three inquiries pass their deadline (configuration: 20 s in the system tests) unanswered. */
    @SuppressWarnings("unchecked")
    private void ccbIsLateAndShowsAsOverdue(String caseId) {
        Map<String, Object> view = await().atMost(Platform.BANK_INQUIRY_DUE.plusSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> judge.read("/api/bank-inquiries/" + caseId),
                        v -> ((Number) v.get("late")).intValue() >= banks - 2);
        List<Map<String, Object>> late = ((List<Map<String, Object>>) view.get("banks")).stream()
                .filter(r -> Boolean.TRUE.equals(r.get("late"))).toList();
        assertTrue(late.stream().noneMatch(r -> List.of("BANK-ICBC", "BANK-BOC").contains(r.get("agencyId"))),
                "ICBC and BOC answered in time: " + late);
        assertEquals(1, late.stream().filter(r -> "BANK-CCB".equals(r.get("agencyId"))).count());

        List<Map<String, Object>> overdue = office.request().queryParam("agencyId", "BANK-CCB").queryParam("size", 500)
                .when().get("/api/referrals/overdue").then().statusCode(200).extract().path("$");
        List<Map<String, Object>> ours = overdue.stream().filter(r -> caseId.equals(r.get("caseId"))).toList();
        assertEquals(3, ours.size());
        // the office oversees; it sees the respondent's number masked
        assertFalse(ours.toString().contains(company));
        await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId).contains("ESCALATED"));
    }

    @SuppressWarnings("unchecked")
    private void theDashboardCountsTheMoneyAndTheAnswerTimes(Map<String, Object> before) {
        Map<String, Object> after = office.overview();
        BigDecimal recovered = recoveredThisYear(after).subtract(recoveredThisYear(before));
        assertTrue(recovered.compareTo(money(OWED)) >= 0, "recovered this year rose by " + recovered);
        assertTrue(answered(after, "DEDUCTION") >= answered(before, "DEDUCTION") + 1);
        assertTrue(answered(after, "FREEZE") >= answered(before, "FREEZE") + 1);
        assertTrue(answered(after, "BANK_INQUIRY") >= answered(before, "BANK_INQUIRY") + 6);
        List<Map<String, Object>> load = (List<Map<String, Object>>) liaisonStats(after).get("referrals");
        assertTrue(load.stream().anyMatch(l -> "BANK-CCB".equals(l.get("agencyId"))
                && "BANK_INQUIRY".equals(l.get("kind")) && ((Number) l.get("overdue")).intValue() >= 3), load.toString());
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal recoveredThisYear(Map<String, Object> overview) {
        Map<String, Object> caseService = (Map<String, Object>) ((Map<String, Object>) overview.get("services")).get("case");
        assertEquals(true, caseService.get("available"), "case-service figures on the overview");
        return money(((Map<String, Object>) ((Map<String, Object>) caseService.get("stats")).get("recovered"))
                .get("thisYear"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> liaisonStats(Map<String, Object> overview) {
        Map<String, Object> liaison = (Map<String, Object>) ((Map<String, Object>) overview.get("services")).get("liaison");
        assertEquals(true, liaison.get("available"), "liaison figures on the overview");
        return (Map<String, Object>) liaison.get("stats");
    }

    @SuppressWarnings("unchecked")
    private static long answered(Map<String, Object> overview, String kind) {
        return ((List<Map<String, Object>>) liaisonStats(overview).get("answerTimes")).stream()
                .filter(a -> kind.equals(a.get("kind"))).mapToLong(a -> ((Number) a.get("answered")).longValue())
                .sum();
    }
}
