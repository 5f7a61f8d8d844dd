package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/**
 * Issue 14 through the gateway with real tokens: what one service accepts the next accepts, or the refusal travels
 * back to the court.
 * <ul>
 * <li>a listing or a restriction that only credit-sanction-service can refuse shows on the court's timeline as
 * {@code SANCTION_REFUSED} with the rule and nobody is listed; what case-service can check is refused at intake;</li>
 * <li>bad input is answered at once with 400/409 naming the field, and the gateway's breaker stays closed;</li>
 * <li>the same court event id or {@code Idempotency-Key} with other content is 409, and the original stands;</li>
 * <li>amounts travel exactly, the largest one included, from the court's order to the bank's inbox, the case and
 * the overview; a bank's answer with three decimals is 400 and its corrected answer is accepted.</li>
 * </ul>
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneTypedContractIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String LARGEST = "99999999999999.99";
    /** How long a refused request may take: no retry loop, no upstream timeout. */
    static final Duration AT_ONCE = Duration.ofSeconds(2);

    Platform platform;
    Desk clerk;
    Desk judge;
    Desk officer;
    Desk icbc;
    Desk office;

    @BeforeAll
    void people(Platform p) {
        platform = p;
        Keycloak keycloak = new Keycloak(p);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        officer = Desk.as(keycloak, "credit-officer");
        office = Desk.as(keycloak, "jm-office");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
    }

    // --- a. refusals travel ----------------------------------------------------------------------------------------

    /**
     * Ground 6 (refusing a settlement agreement without good reason) lasts 24 months; only violence or threats
     * (ground 2) or several breaches extend it (法释〔2017〕7号 art. 2). Whether the respondent was listed before only credit knows, so the
     * court's order is accepted and credit's refusal comes back.
     */
    @Test
    void aListingExtensionTheCreditRulesRefuseShowsOnTheTimelineAndListsNobody() {
        String debtor = TestData.personId();
        String caseId = fileAgainst(TestData.personRespondent("钱十二", debtor));
        judge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 6, "periodMonths", 36,
                "respondentIdNumber", debtor, "documentNumber", "(2026)苏05执失字第36号"));
        creditRefused(caseId, "DISHONEST_LISTING", "period-extension-not-allowed", debtor, "/api/listings");
    }

    /**
     * A company's restriction order binds its legal representative (法释〔2015〕17号 art. 3); the filing named none and
     * neither does the order, so credit refuses it.
     */
    @Test
    void aRestrictionOfACompanyWithoutAKnownLegalRepresentativeIsRefusedOnTheTimeline() {
        String company = TestData.companyCode();
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("role", "RESPONDENT");
        respondent.put("type", "COMPANY");
        respondent.put("name", "苏州无名实业有限公司");
        respondent.put("idNumber", company);
        String caseId = fileAgainst(respondent);
        judge.ok("/api/cases/" + caseId + "/consumption-restrictions", Map.of("respondentIdNumber", company,
                "behaviours", List.of("FLIGHTS", "VEHICLES"), "documentNumber", "(2026)苏05执限字第36号"));
        creditRefused(caseId, "CONSUMPTION_RESTRICTION", "legal-representative-required", company, "/api/restrictions");
    }

    /** What case-service can check itself it refuses at intake, naming the field; nothing reaches credit. */
    @Test
    void aFutureDecisionDateOrPersonsBoundToAnIndividualAreRefusedAtIntake() {
        String debtor = TestData.personId();
        String caseNumber = TestData.caseNumber();
        String caseId = file(caseNumber, "80000.00", TestData.personRespondent("孙十三", debtor));
        String future = LocalDate.now(CHINA).plusDays(3).toString();

        List<Map<String, Object>> results = clerk.courtEvents(List.of(
                event(caseNumber + "-l", caseNumber, "DISHONEST_LISTING_DECIDED", Map.of("ground", 6,
                        "respondentIdNumber", debtor, "decisionDate", future, "documentNumber", "(2026)苏05执失字第37号")),
                event(caseNumber + "-r", caseNumber, "CONSUMPTION_RESTRICTION_ORDERED", Map.of(
                        "respondentIdNumber", debtor, "behaviours", List.of("FLIGHTS"),
                        "boundPersons", List.of(Map.of("role", "LEGAL_REPRESENTATIVE", "name", "孙十四",
                                "idNumber", TestData.personId())),
                        "documentNumber", "(2026)苏05执限字第37号"))));
        rejected(results.get(0), 400, "decisionDate");
        // a rule that needs the case (the respondent is a person) is a conflict with the case, like minor-not-listable
        assertEquals("bound-persons-need-company", rejected(results.get(1), 409, "boundPersons").get("rule"));

        Response action = judge.request().body(Map.of("ground", 6, "respondentIdNumber", debtor, "decisionDate", future))
                .when().post("/api/cases/" + caseId + "/dishonest-listings");
        Desk.assertProblemNaming(action, "decisionDate", 400);

        Workload.sleep(2_000); // a decision that slipped through would reach credit within this
        assertTrue(judge.timeline(caseId).stream().noneMatch(e -> List.of("DISHONEST_LISTING_DECIDED",
                "CONSUMPTION_RESTRICTION_ORDERED", "SANCTION_REFUSED").contains(e.get("kind"))), "nothing was decided");
        assertTrue(officer.list("/api/listings?caseId=" + caseId).isEmpty());
        assertTrue(officer.list("/api/restrictions?caseId=" + caseId).isEmpty());
    }

    // --- b. bad input is never a timeout ---------------------------------------------------------------------------

    /**
     * Ten bad requests, each a 400/409 problem naming its field within 2 s (before the fix: retried about 45 s as if
     * the database were down, a 504 after 10 s, six of them opened the gateway's breaker); then the same user's
     * normal reads are all 200 in their usual time.
     */
    @Test
    void tenBadRequestsAreAnsweredAtOnceAndTheBreakerStaysClosed() {
        String debtor = TestData.personId();
        String caseNumber = TestData.caseNumber();
        String caseId = file(caseNumber, "50000.00", TestData.personRespondent("周十五", debtor));
        String cases = "/api/cases/" + caseId;
        Object inquiry = icbc.awaitInbox(caseId, "BANK_INQUIRY", 1).get(0).get("id");

        record Bad(Desk desk, String path, Object body, String field) {
        }
        List<Bad> bad = List.of(
                new Bad(clerk, "/api/cases", TestData.filing(TestData.caseNumber(), "50000.00",
                        TestData.personRespondent("周\u0000十五", TestData.personId())), "name"),
                new Bad(clerk, "/api/cases", TestData.filing("(2026)苏05执\u00009号", "50000.00",
                        TestData.personRespondent("周十六", TestData.personId())), "caseNumber"),
                new Bad(clerk, "/api/cases", TestData.filing(TestData.caseNumber(), "50000.001",
                        TestData.personRespondent("周十七", TestData.personId())), "amountOwed"),
                new Bad(clerk, cases + "/payments", Map.of("amount", "10.001", "source", "VOLUNTARY", "transferReference", "T-1"), "amount"),
                // beyond what the case's stored total (numeric(18,2)) could ever hold
                new Bad(clerk, cases + "/payments", Map.of("amount", "99999999999999999.99", "source", "VOLUNTARY", "transferReference", "T-2"),
                        "amount"),
                new Bad(judge, cases + "/deduction-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", "62220001",
                        "amount", "0.001"), "amount"),
                new Bad(judge, cases + "/freeze-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", "6222\u00000001",
                        "amount", "10.00"), "accountNumber"),
                new Bad(clerk, cases + "/parties", Map.of("party", Map.of("role", "RESPONDENT", "type", "PERSON",
                        "name", "\u200b\u200b", "idNumber", TestData.personId())), "name"),
                new Bad(judge, cases + "/refusal-reports", Map.of("respondentIdNumber", debtor,
                        "evidenceSummary", "转移财产\u202e至亲属名下"), "evidenceSummary"),
                new Bad(icbc, "/api/inbox/" + inquiry + "/answer", Map.of("type", "BANK_INQUIRY", "accounts",
                        List.of(Map.of("accountNumber", "62220002", "balance", "1.001", "currency", "CNY"))), "balance"));
        for (Bad b : bad) {
            long t0 = System.nanoTime();
            Response r = b.desk().request().body(TestData.withBasis(b.path(), b.body())).when().post(b.path());
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertTrue(took.compareTo(AT_ONCE) < 0, b.path() + " [" + b.field() + "] took " + took.toMillis() + " ms");
            Desk.assertProblemNaming(r, b.field(), 400, 409);
        }

        for (int i = 0; i < 10; i++) {
            for (String read : List.of(cases, cases + "/timeline", "/api/cases?caseNumber=" + caseNumber)) {
                long t0 = System.nanoTime();
                int status = clerk.request().when().get(read).statusCode();
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                assertEquals(200, status, "the clerk's read " + read + " after the bad requests");
                assertTrue(took.compareTo(AT_ONCE) < 0, read + " took " + took.toMillis() + " ms");
            }
        }
        assertEquals(200, icbc.request().queryParam("caseId", caseId).when().get("/api/inbox").statusCode(),
                "the bank's reads too");
    }

    // --- c. conflicting duplicates are 409 -------------------------------------------------------------------------

    @Test
    void theSameEventIdOrIdempotencyKeyWithOtherContentIs409AndTheOriginalStands() {
        String caseNumber = TestData.caseNumber();
        String caseId = file(caseNumber, "5000.00", TestData.personRespondent("吴十八", TestData.personId()));
        String paymentId = caseNumber + "-p1";
        Map<String, Object> payment = event(paymentId, caseNumber, "PAYMENT_RECEIVED",
                Map.of("amount", "100.00", "source", "VOLUNTARY", "transferReference", paymentId));

        assertEquals("ACCEPTED", clerk.courtEvents(List.of(payment)).get(0).get("status"));
        assertEquals("DUPLICATE", clerk.courtEvents(List.of(payment)).get(0).get("status"), "the same content again");
        Map<String, Object> conflicting = new LinkedHashMap<>(payment);
        conflicting.put("amount", "200.00");
        Map<String, Object> answer = clerk.courtEvents(List.of(conflicting)).get(0);
        Map<String, Object> reason = rejected(answer, 409, null);
        assertEquals("conflicting-duplicate", reason.get("rule"), answer.toString());
        assertTrue(String.valueOf(reason.get("detail")).contains(paymentId), "the answer names the original: " + reason);

        Desk.assertExactly("100.00", clerk.caseOf(caseId).get("amountRecovered"), "the original payment stands");
        assertEquals(1, judge.timeline(caseId).stream().filter(e -> "PAYMENT_RECEIVED".equals(e.get("kind"))).count());

        String key = "pay-" + caseNumber;
        String payments = "/api/cases/" + caseId + "/payments";
        Map<String, Object> fifty = Map.of("amount", "50.00", "source", "VOLUNTARY", "transferReference", key);
        clerk.request().header("Idempotency-Key", key).body(fifty).when().post(payments).then().statusCode(200);
        clerk.request().header("Idempotency-Key", key).body(fifty).when().post(payments).then().statusCode(200);
        Response other = clerk.request().header("Idempotency-Key", key)
                .body(Map.of("amount", "60.00", "source", "VOLUNTARY", "transferReference", key)).when().post(payments);
        assertEquals(409, other.statusCode(), other.asString());
        assertTrue(String.valueOf(other.contentType()).startsWith("application/problem+json"), other.contentType());
        Desk.assertExactly("150.00", clerk.caseOf(caseId).get("amountRecovered"),
                "the key's first payment counted once, the other body not at all");
    }

    // --- d. money exact end to end ---------------------------------------------------------------------------------

    @Test
    void amountsTravelExactlyFromTheOrderToTheBankTheCaseAndTheOverview() {
        BigDecimal before = recoveredThisYear();

        String largest = deductionCase(LARGEST, List.of(LARGEST), true);
        String split = deductionCase("13200000.50", List.of("12000000.00", "1200000.50"), false);
        Desk.assertExactly(LARGEST, judge.caseOf(largest).get("amountRecovered"), "the largest amount, exactly");
        Desk.assertExactly("13200000.50", judge.caseOf(split).get("amountRecovered"), "two deductions, exactly");

        BigDecimal expected = new BigDecimal(LARGEST).add(new BigDecimal("13200000.50"));
        BigDecimal after = await().atMost(Desk.ASYNC).pollInterval(Duration.ofMillis(500))
                .until(this::recoveredThisYear, a -> a.subtract(before).compareTo(expected) == 0);
        assertEquals(2, after.scale(), "the overview's amount is an exact decimal with two places: " + after);
    }

    /**
     * A case owing {@code owed}, one deduction order per amount at ICBC, answered in full. Each order's amount is
     * exactly the bank's payload and the timeline's outcome; with {@code overPrecise}, the bank first answers with a
     * third decimal, which is refused, and then corrects itself.
     */
    @SuppressWarnings("unchecked")
    private String deductionCase(String owed, List<String> amounts, boolean overPrecise) {
        String debtor = TestData.personId();
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), owed,
                TestData.personRespondent("郑十九", debtor))).get("id").toString();
        for (int i = 0; i < amounts.size(); i++) {
            String account = "62220210" + String.format("%08d", i + 1);
            String amount = amounts.get(i);
            judge.ok("/api/cases/" + caseId + "/deduction-orders", Map.of("agencyId", "BANK-ICBC",
                    "accountNumber", account, "amount", amount, "respondentIdNumber", debtor));
            Map<String, Object> referral = icbc.awaitInbox(caseId, "DEDUCTION", i + 1).stream()
                    .filter(r -> account.equals(((Map<String, Object>) r.get("payload")).get("accountNumber")))
                    .findFirst().orElseThrow();
            Map<String, Object> payload = (Map<String, Object>) referral.get("payload");
            Desk.assertExactly(amount, payload.get("amount"), "the bank's inbox shows the court's amount");
            assertEquals(debtor, ((Map<String, Object>) payload.get("respondent")).get("idNumber"));
            String answerPath = "/api/inbox/" + referral.get("id") + "/answer";
            if (overPrecise) {
                Response r = icbc.request().body(deduction(account, "1000.001")).when().post(answerPath);
                Desk.assertProblemNaming(r, "amountDeducted", 400);
                assertFalse("ANSWERED".equals(icbc.read("/api/inbox/" + referral.get("id")).get("status")),
                        "a refused answer answers nothing");
            }
            icbc.ok(answerPath, deduction(account, amount));
            Map<String, Object> outcome = await().atMost(Desk.ASYNC).until(() -> deducted(caseId, amount),
                    Optional::isPresent).orElseThrow();
            Desk.assertExactly(amount, outcome.get("amount"), "the timeline's outcome");
        }
        return caseId;
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> deducted(String caseId, String amount) {
        return judge.timeline(caseId).stream().filter(e -> "OUTCOME_RECORDED".equals(e.get("kind")))
                .map(e -> (Map<String, Object>) e.get("detail"))
                .filter(d -> "DEDUCTED".equals(d.get("outcome")) && Desk.money(d.get("amount")).compareTo(Desk.money(amount)) == 0)
                .findFirst();
    }

    private static Map<String, Object> deduction(String account, String amount) {
        return Map.of("type", "DEDUCTION", "accountNumber", account, "amountDeducted", amount,
                "transferReference", "ICBC-SZ-" + account);
    }

    @SuppressWarnings("unchecked")
    private BigDecimal recoveredThisYear() {
        Map<String, Object> caseService = (Map<String, Object>) ((Map<String, Object>) office.overview().get("services"))
                .get("case");
        assertEquals(true, caseService.get("available"), "case-service figures on the overview");
        Object thisYear = ((Map<String, Object>) ((Map<String, Object>) caseService.get("stats")).get("recovered"))
                .get("thisYear");
        assertNotNull(thisYear);
        return new BigDecimal(thisYear.toString());
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private String fileAgainst(Map<String, Object> respondent) {
        return file(TestData.caseNumber(), "70000.00", respondent);
    }

    /** Files a case through the gateway as the clerk; its id. */
    private String file(String caseNumber, String owed, Map<String, Object> respondent) {
        return clerk.fileCase(TestData.filing(caseNumber, owed, respondent)).get("id").toString();
    }

    /**
     * Credit refused the court's decision by {@code rule}: the court's timeline shows it, credit announced it on
     * credit.sanctions.v1 for {@code subject}, and credit's own list ({@code listPath}) holds nothing for the case.
     */
    private void creditRefused(String caseId, String sanction, String rule, String subject, String listPath) {
        Map<String, Object> entry = await().atMost(Desk.ASYNC).pollInterval(Duration.ofMillis(300))
                .until(() -> judge.timeline(caseId).stream().filter(e -> "SANCTION_REFUSED".equals(e.get("kind")))
                        .findFirst(), Optional::isPresent).orElseThrow();
        assertTrue(entry.toString().contains(rule), "the timeline names the rule: " + entry);

        // the REFUSED sanction event: no sanction id, the court's decision event, the reason "<rule>: <why>"
        List<JsonNode> refused = new ArrayList<>();
        for (var r : KafkaTool.read(platform.kafka(), SanctionFeed.TOPIC, r -> caseId.equals(r.key()))) {
            JsonNode e = LiveRecordsMatchAsyncApiIT.parse(r.value());
            if ("REFUSED".equals(e.path("change").asText())) {
                refused.add(e);
            }
        }
        assertEquals(1, refused.size(), "one refusal announced: " + refused);
        JsonNode e = refused.get(0);
        assertEquals(sanction, e.path("sanction").asText());
        assertTrue(e.path("reason").asText().startsWith(rule + ": "), "reason \"<rule>: <why>\": " + e);
        assertFalse(e.path("decisionEventId").asText("").isBlank(), "names the refused decision: " + e);
        assertNull(e.get("sanctionId"), "nothing was imposed: " + e);
        assertEquals(subject, e.path("subjectIdNumber").asText());
        assertTrue(officer.list(listPath + "?caseId=" + caseId).isEmpty(), "nobody is sanctioned: " + listPath);
    }

    /** A rejected per-event answer of the HTTP batch; returns its reason ({@code status, rule, field, detail}). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> rejected(Map<String, Object> answer, int status, String field) {
        assertEquals("REJECTED", answer.get("status"), answer.toString());
        Map<String, Object> reason = (Map<String, Object>) answer.get("reason");
        assertEquals(status, ((Number) reason.get("status")).intValue(), answer.toString());
        if (field != null) {
            assertTrue(String.valueOf(reason.get("field")).contains(field), "names " + field + ": " + answer);
        }
        return reason;
    }

    /** A problem+json of one of {@code statuses} whose {@code errors} name {@code field}. */
    private static Map<String, Object> event(String id, String caseNumber, String kind, Map<String, Object> fields) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        e.put("caseNumber", caseNumber);
        e.put("kind", kind);
        e.putAll(fields);
        return e;
    }
}
