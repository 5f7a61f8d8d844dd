package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/**
 * Enforcement measures with integrity, through the gateway with the real tokens of a judge, a clerk and ICBC:
 * <ol>
 * <li>orders are checked against the case: a freeze beyond the debt plus costs (超标的冻结) and a freeze at an agency
 * the directory does not know are refused at once, naming the field;</li>
 * <li>answers are checked against their orders: ICBC's over-freeze and its answer for another account are refused,
 * naming the field, and nothing reaches the case;</li>
 * <li>a freeze nobody renews is announced as ending and lapses at its (shortened: one minute) term, and the timeline
 * says so; a freeze that was renewed (续冻) still holds after its first end;</li>
 * <li>a mistaken deduction answer is corrected by an amended answer (更正回执) that names the one it replaces; the
 * court's own payment report of the same transfer counts once; the recovered amount is the ledger's exact sum;</li>
 * <li>concluding by full performance cancels the referrals still open in ICBC's inbox and orders the freeze
 * released.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class MeasuresWithIntegrityIT {

    static final String OWED = "100000.00";
    static final String ACCOUNT = "6222021102007770001";
    static final String UNRENEWED_ACCOUNT = "6222021102007770003";

    static Desk clerk;
    static Desk judge;
    static Desk icbc;

    final String debtor = TestData.personId();

    @BeforeAll
    static void people(Platform platform) {
        Keycloak keycloak = new Keycloak(platform);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
    }

    @Test
    void everyOrderAndEveryAnswerIsCheckedAndTheLedgerIsExact() {
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), OWED,
                TestData.personRespondent("冯十九", debtor))).get("id").toString();

        ordersBeyondTheCaseAreRefusedAtOnce(caseId);
        String freezeRequestId = wrongFreezeAnswersAreRefusedAndTheRightOneStands(caseId);
        Map<String, Object> renewed = icbc.read("/api/inbox/" + icbc.inbox(caseId, "FREEZE").get(0).get("id"));
        Map<String, Object> unrenewed = aSecondCaseFreezesAnotherAccount();
        aCorrectedDeductionAndADuplicateReportLeaveTheLedgerExact(caseId, freezeRequestId);
        theFreezeIsRenewedBeforeItEnds(caseId, freezeRequestId);
        theConclusionCancelsWhatIsStillOpenAndReleasesTheFreeze(caseId, freezeRequestId);
        theUnrenewedFreezeLapsesAndTheRenewedOneHolds(unrenewed, renewed);
    }

    /** 超标的冻结 is forbidden; an agency nobody registered is no address. */
    private void ordersBeyondTheCaseAreRefusedAtOnce(String caseId) {
        Response excessive = judge.request().body(TestData.withBasis("/freeze-orders", Map.of("agencyId", "BANK-ICBC",
                "accountNumber", ACCOUNT, "amount", "10000000.00"))).when().post("/api/cases/" + caseId + "/freeze-orders");
        Desk.assertProblemNaming(excessive, "amount", 409, 422);
        Response unknown = judge.request().body(TestData.withBasis("/freeze-orders", Map.of("agencyId",
                "BANK-NOWHERE", "accountNumber", ACCOUNT, "amount", "1000.00")))
                .when().post("/api/cases/" + caseId + "/freeze-orders");
        Desk.assertProblemNaming(unknown, "agencyId", 400, 409);
        assertEquals("FILED", judge.caseOf(caseId).get("status"), "a refused order changes nothing");
        Workload.sleep(1_000);
        assertTrue(icbc.inbox(caseId, "FREEZE").isEmpty(), "no refused order reached the bank");
    }

    @SuppressWarnings("unchecked")
    private String wrongFreezeAnswersAreRefusedAndTheRightOneStands(String caseId) {
        judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", ACCOUNT,
                "amount", OWED));
        Map<String, Object> freeze = icbc.awaitInbox(caseId, "FREEZE", 1).get(0);
        String until = TestData.freezeLastDay();
        String answer = "/api/inbox/" + freeze.get("id") + "/answer";

        Response over = icbc.request().body(Map.of("type", "FREEZE", "accountNumber", ACCOUNT,
                "amountFrozen", "100000.01", "frozenUntil", until)).when().post(answer);
        Desk.assertProblemNaming(over, "amountFrozen", 400);
        Response elsewhere = icbc.request().body(Map.of("type", "FREEZE", "accountNumber", "6222021102007770002",
                "amountFrozen", OWED, "frozenUntil", until)).when().post(answer);
        Desk.assertProblemNaming(elsewhere, "accountNumber", 400);
        Response wrongKind = icbc.request().body(Map.of("type", "DEDUCTION", "accountNumber", ACCOUNT,
                "amountDeducted", OWED, "transferReference", "X")).when().post(answer);
        assertEquals(400, wrongKind.statusCode(), wrongKind.asString());
        Workload.sleep(1_000);
        assertTrue(judge.outcomesOn(caseId).stream().noneMatch("FROZEN"::equals), "no refused answer was recorded");

        icbc.answer(freeze.get("id"), Map.of("type", "FREEZE", "accountNumber", ACCOUNT, "amountFrozen", OWED,
                "frozenUntil", until));
        await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId).contains("FROZEN"));
        return (String) ((Map<String, Object>) freeze.get("payload")).get("requestId");
    }

    /**
     * A second debtor's account frozen just after the first case's: it is never renewed. Returns its FREEZE referral
     * in ICBC's inbox.
     */
    private Map<String, Object> aSecondCaseFreezesAnotherAccount() {
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), "20000.00",
                TestData.personRespondent("褚二十", TestData.personId()))).get("id").toString();
        judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId", "BANK-ICBC",
                "accountNumber", UNRENEWED_ACCOUNT, "amount", "20000.00"));
        Map<String, Object> freeze = icbc.awaitInbox(caseId, "FREEZE", 1).get(0);
        icbc.answer(freeze.get("id"), Map.of("type", "FREEZE", "accountNumber", UNRENEWED_ACCOUNT,
                "amountFrozen", "20000.00", "frozenUntil", TestData.freezeLastDay()));
        await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId).contains("FROZEN"));
        return icbc.read("/api/inbox/" + freeze.get("id"));
    }

    /** 续冻: the renewal goes to the bank linked to its freeze; the bank's answer moves the end. */
    private void theFreezeIsRenewedBeforeItEnds(String caseId, String freezeRequestId) {
        judge.ok("/api/cases/" + caseId + "/freeze-renewals", Map.of("freezeRequestId", freezeRequestId));
        Map<String, Object> renewal = icbc.awaitInbox(caseId, "FREEZE_RENEWAL", 1).get(0);
        icbc.answer(renewal.get("id"), Map.of("type", "FREEZE", "accountNumber", ACCOUNT, "amountFrozen", "70000.00",
                "frozenUntil", TestData.freezeLastDay()));
        await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId).contains("FREEZE_RENEWED"));
        assertTrue(judge.outcomesOn(caseId).stream().noneMatch("FREEZE_LAPSED"::equals), "a renewed freeze holds");
    }

    /**
     * 冻结失效: the second case's freeze, never renewed, is announced within the warning window (half a minute here) and
     * lapses when its term (a minute) has passed; ICBC's inbox shows it LAPSED and the court's timeline says so in
     * that order. At that moment the first case's freeze, answered earlier but renewed, still holds.
     */
    @SuppressWarnings("unchecked")
    private void theUnrenewedFreezeLapsesAndTheRenewedOneHolds(Map<String, Object> unrenewed,
            Map<String, Object> renewed) {
        String path = "/api/inbox/" + unrenewed.get("id");
        await().atMost(Platform.FREEZE_TERM.plusSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> "LAPSED".equals(((Map<String, Object>) icbc.read(path).get("freeze")).get("state")));
        Map<String, Object> first = (Map<String, Object>) icbc.read("/api/inbox/" + renewed.get("id")).get("freeze");
        Instant firstEnd = Instant.parse(String.valueOf(((Map<String, Object>) renewed.get("freeze")).get("endsAt")));
        assertTrue(Instant.now().isAfter(firstEnd), "the first freeze's original end has passed");
        assertEquals("ACTIVE", first.get("state"), "renewed, it holds beyond its original end " + firstEnd);

        String caseId = String.valueOf(unrenewed.get("caseId"));
        List<String> outcomes = await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId),
                o -> o.contains("FREEZE_LAPSED"));
        // the case's inquiries at banks that never answer escalate meanwhile: only the freeze's own outcomes here
        assertEquals(List.of("FROZEN", "FREEZE_EXPIRING", "FREEZE_LAPSED"), outcomes.stream()
                .filter(o -> o.equals("FROZEN") || o.startsWith("FREEZE_")).toList(),
                "announced before its end, then lapsed once: " + outcomes);
    }

    /**
     * ICBC deducts 30,000.00 but first reports 3,000.00; its amendment names the answer it replaces. The clerk then
     * records the same transfer as a payment, and a second payment of 5,000.00 twice: the ledger counts each transfer
     * once and the recovered amount is 35,000.00 exactly.
     */
    private void aCorrectedDeductionAndADuplicateReportLeaveTheLedgerExact(String caseId, String freezeRequestId) {
        judge.ok("/api/cases/" + caseId + "/deduction-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", ACCOUNT,
                "amount", "30000.00", "freezeRequestId", freezeRequestId));
        Map<String, Object> deduction = icbc.awaitInbox(caseId, "DEDUCTION", 1).get(0);
        String reference = "ICBC-SZ-" + caseId.substring(0, 8);
        Response over = icbc.request().body(Map.of("type", "DEDUCTION", "accountNumber", ACCOUNT,
                "amountDeducted", "5000000.00", "transferReference", reference))
                .when().post("/api/inbox/" + deduction.get("id") + "/answer");
        Desk.assertProblemNaming(over, "amountDeducted", 400, 409);

        Map<String, Object> wrong = icbc.answer(deduction.get("id"), Map.of("type", "DEDUCTION",
                "accountNumber", ACCOUNT, "amountDeducted", "3000.00", "transferReference", reference));
        judge.awaitCase(caseId, c -> Desk.money(c.get("amountRecovered")).compareTo(Desk.money("3000.00")) == 0);
        Response second = icbc.request().body(Map.of("type", "DEDUCTION", "accountNumber", ACCOUNT,
                "amountDeducted", "30000.00", "transferReference", reference))
                .when().post("/api/inbox/" + deduction.get("id") + "/answer");
        assertEquals(409, second.statusCode(), "a silent second answer is refused: " + second.asString());

        icbc.ok("/api/inbox/" + deduction.get("id") + "/amendments", Map.of("replaces", wrong.get("answerId"),
                "reason", "录入错误：实际扣划金额为30000.00元", "result", Map.of("type", "DEDUCTION",
                        "accountNumber", ACCOUNT, "amountDeducted", "30000.00", "transferReference", reference)));
        judge.awaitCase(caseId, c -> Desk.money(c.get("amountRecovered")).compareTo(Desk.money("30000.00")) == 0);

        String payments = "/api/cases/" + caseId + "/payments";
        clerk.ok(payments, Map.of("amount", "30000.00", "source", "DEDUCTION", "transferReference", reference));
        clerk.ok(payments, Map.of("amount", "5000.00", "source", "VOLUNTARY", "transferReference", "SZ-PAY-1"));
        clerk.ok(payments, Map.of("amount", "5000.00", "source", "VOLUNTARY", "transferReference", "SZ-PAY-1"));
        await().during(Duration.ofSeconds(2)).atMost(Desk.ASYNC).until(() -> Desk.money(judge.caseOf(caseId)
                .get("amountRecovered")).compareTo(Desk.money("35000.00")) == 0);
        Desk.assertExactly("35000.00", judge.caseOf(caseId).get("amountRecovered"),
                "the sum of the distinct transfers, each counted once");
    }

    /**
     * The debtor pays the rest and the case ends by full performance (执行完毕) with an inquiry still open: ICBC's inbox
     * shows it cancelled, and the freeze (still holding what was not deducted) is ordered released.
     */
    @SuppressWarnings("unchecked")
    private void theConclusionCancelsWhatIsStillOpenAndReleasesTheFreeze(String caseId, String freezeRequestId) {
        judge.ok("/api/cases/" + caseId + "/asset-inquiries", Map.of("respondentIdNumber", debtor));
        int inquiries = icbc.inbox(caseId, "BANK_INQUIRY").size();
        await().atMost(Desk.ASYNC).until(() -> icbc.inbox(caseId, "BANK_INQUIRY").stream()
                .anyMatch(r -> r.get("answeredAt") == null));
        clerk.ok("/api/cases/" + caseId + "/payments", Map.of("amount", "65000.00", "source", "VOLUNTARY",
                "transferReference", "SZ-PAY-2"));
        judge.awaitCase(caseId, c -> Boolean.TRUE.equals(c.get("readyToConclude")));
        judge.ok("/api/cases/" + caseId + "/transitions", Map.of("targetStatus", "CONCLUDED",
                "conclusionType", "FULL_PERFORMANCE", "reason", "执行完毕"));

        List<Map<String, Object>> open = await().atMost(Desk.ASYNC).until(() -> icbc.inbox(caseId, "BANK_INQUIRY")
                .stream().filter(r -> r.get("answeredAt") == null).toList(),
                l -> !l.isEmpty() && l.stream().allMatch(r -> "CANCELLED".equals(r.get("status"))));
        assertTrue(open.size() <= inquiries + 1);
        await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId).contains("CANCELLED"));

        Optional<Map<String, Object>> unfreeze = await().atMost(Desk.ASYNC).until(() -> icbc.inbox(caseId, "UNFREEZE")
                .stream().findFirst(), Optional::isPresent);
        Map<String, Object> payload = (Map<String, Object>) unfreeze.orElseThrow().get("payload");
        assertEquals(ACCOUNT, payload.get("accountNumber"), "the conclusion releases the freeze it leaves behind");
        assertTrue(judge.timeline(caseId).stream().anyMatch(e -> "UNFREEZE_ORDERED".equals(e.get("kind"))
                && e.get("detail") instanceof Map<?, ?> d && d.get("order") instanceof Map<?, ?> o
                && freezeRequestId.equals(o.get("freezeRequestId"))), "the unfreeze names its freeze");
    }
}
