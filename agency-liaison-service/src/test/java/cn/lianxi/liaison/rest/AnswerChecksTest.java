package cn.lianxi.liaison.rest;

import static cn.lianxi.liaison.Referrals.answer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PaymentSource;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Every answer is checked against its referral's order and the case (民事诉讼法 art. 253: measures stay within what the
 * debtor must perform): a refused answer is problem+json naming the field, and nothing is recorded or published for
 * it; a wrong answer is corrected only by an amendment (更正回执) naming the answer it replaces.
 */
@QuarkusTest
class AnswerChecksTest {

    static final String ACCOUNT = "6222020000001234";
    static final String OTHER_ACCOUNT = "6222020000005678";

    @Inject
    MutableClock clock;

    @Inject
    ObjectMapper mapper;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private String until() {
        return PlatformClock.today(clock).plusMonths(6).toString();
    }

    private static Map<String, Object> order(String account, String amount) {
        return Map.of("accountNumber", account, "amount", new BigDecimal(amount));
    }

    private static Map<String, Object> deduction(String account, String amount) {
        return Map.of("type", "DEDUCTION", "accountNumber", account, "amountDeducted", new BigDecimal(amount),
                "transferReference", "TR-" + UUID.randomUUID());
    }

    private static ValidatableResponse refused(ValidatableResponse response, ProblemType type, int status,
            String field) {
        return response.spec(Problems.of(type, status)).body("errors[0].field", equalTo(field));
    }

    private static ValidatableResponse inbox(String bank, String id) {
        return given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id).then().statusCode(200);
    }

    /** Only the accepted answers were audited: the refused ones left no entry. */
    private static void auditedAnswers(String id, int count) {
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id).then()
                .body("findAll { it.action == 'referral-answered' }.size()", equalTo(count));
    }

    @Test
    @DisplayName("民事诉讼法 art. 253: a freeze of more than ordered, or of another account, is refused naming the field")
    void aFreezeOverTheOrderOrOnAnotherAccountIsRefusedAndNothingIsPublished() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "FREEZE", caseId, order(ACCOUNT, "1000.00"));

        refused(answer(bank, id, Map.of("type", "FREEZE", "accountNumber", ACCOUNT,
                "amountFrozen", new BigDecimal("100000.00"), "frozenUntil", until())),
                ProblemType.INVALID_RESULT, 400, "amountFrozen");
        refused(answer(bank, id, Map.of("type", "FREEZE", "accountNumber", OTHER_ACCOUNT,
                "amountFrozen", new BigDecimal("1000.00"), "frozenUntil", until())),
                ProblemType.INVALID_RESULT, 400, "accountNumber");
        refused(answer(bank, id, deduction(ACCOUNT, "1000.00")), ProblemType.WRONG_RESULT_KIND, 400, "type");
        inbox(bank, id).body("status", equalTo("QUEUED"));
        auditedAnswers(id, 0);

        answer(bank, id, Map.of("type", "FREEZE", "accountNumber", ACCOUNT, "amountFrozen",
                new BigDecimal("1000.00"), "frozenUntil", until())).statusCode(200).body("outcome", equalTo("FROZEN"));
        List<ConsumerRecord<String, String>> outcomes = Referrals.outcomesOfCase(kafka, caseId, 1);
        assertEquals(1, outcomes.size(), "the refused answers published nothing");
        assertEquals(new BigDecimal("1000.00"), Referrals.amount(outcomes.get(0).value(), "amount"));
    }

    @Test
    @DisplayName("民事诉讼法 art. 253: a deduction of more than ordered, from another account, or of another type is refused")
    void aDeductionOverTheOrderFromAnotherAccountOrOfTheWrongTypeIsRefused() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "DEDUCTION", caseId, order(ACCOUNT, "1000.00"));

        refused(answer(bank, id, deduction(ACCOUNT, "5000000.00")), ProblemType.INVALID_RESULT, 400,
                "amountDeducted");
        refused(answer(bank, id, deduction(OTHER_ACCOUNT, "1000.00")), ProblemType.INVALID_RESULT, 400,
                "accountNumber");
        refused(answer(bank, id, Map.of("type", "UNFREEZE", "accountNumber", ACCOUNT, "amountUnfrozen",
                new BigDecimal("1000.00"))), ProblemType.WRONG_RESULT_KIND, 400, "type");
        inbox(bank, id).body("status", equalTo("QUEUED"));
        auditedAnswers(id, 0);

        answer(bank, id, deduction(ACCOUNT, "1000.00")).statusCode(200).body("outcome", equalTo("DEDUCTED"));
        List<ConsumerRecord<String, String>> outcomes = Referrals.outcomesOfCase(kafka, caseId, 1);
        assertEquals(1, outcomes.size(), "the refused answers published nothing");
        assertEquals(new BigDecimal("1000.00"), Referrals.amount(outcomes.get(0).value(), "amount"));
    }

    @Test
    @DisplayName("a deduction may not take more than the account's freeze holds, an unfreeze not release more (409)")
    void aDeductionOrUnfreezeOfMoreThanFrozenIsRefused() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String freeze = Referrals.create(bank, "FREEZE", caseId, order(ACCOUNT, "1000.00"));
        answer(bank, freeze, Map.of("type", "FREEZE", "accountNumber", ACCOUNT, "amountFrozen",
                new BigDecimal("600.00"), "frozenUntil", until())).statusCode(200);
        String deductionId = Referrals.create(bank, "DEDUCTION", caseId, order(ACCOUNT, "1000.00"));

        refused(answer(bank, deductionId, deduction(ACCOUNT, "700.00")), ProblemType.INVALID_RESULT, 409,
                "amountDeducted");
        inbox(bank, deductionId).body("status", equalTo("QUEUED"));
        answer(bank, deductionId, deduction(ACCOUNT, "400.00")).statusCode(200);

        // 600.00 frozen, 400.00 taken from it: 200.00 is left to release
        String unfreeze = Referrals.create(bank, "UNFREEZE", caseId, Map.of("accountNumber", ACCOUNT));
        refused(answer(bank, unfreeze, Map.of("type", "UNFREEZE", "accountNumber", ACCOUNT, "amountUnfrozen",
                new BigDecimal("200.01"))), ProblemType.INVALID_RESULT, 409, "amountUnfrozen");
        answer(bank, unfreeze, Map.of("type", "UNFREEZE", "accountNumber", ACCOUNT, "amountUnfrozen",
                new BigDecimal("200.00"))).statusCode(200);

        List<ConsumerRecord<String, String>> outcomes = Referrals.outcomesOfCase(kafka, caseId, 3);
        assertEquals(List.of("FROZEN", "DEDUCTED", "UNFROZEN"),
                outcomes.stream().map(o -> JsonPath.from(o.value()).getString("outcome")).toList(),
                "the refused answers published nothing");
    }

    @Test
    @DisplayName("民事诉讼法 art. 253: a deduction of more than the case still owes (its latest snapshot) is refused")
    void aDeductionOfMoreThanStillOwedIsRefused() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        Instant now = Instant.now();
        CaseEventDetail.DeductionOrdered ordered = CaseEvents.deductionOf(bank, ACCOUNT, Money.of("1000.00"));
        // owed 10,000.00, recovered 9,800.00 when ordered; then the debtor pays 150.00 (recovered 9,950.00); a
        // stale event arriving late (older occurredAt) does not roll the amounts back
        CaseEvents.publish(kafka, mapper,
                CaseEvents.withAmounts(caseId, now, "10000.00", "9800.00", ordered),
                CaseEvents.withAmounts(caseId, now.plusSeconds(1), "10000.00", "9950.00",
                        new CaseEventDetail.PaymentReceived(Money.of("150.00"), PaymentSource.VOLUNTARY, "PAY-1")),
                CaseEvents.withAmounts(caseId, now.minusSeconds(60), "10000.00", "9800.00",
                        CaseEvents.deductionOf(bank, OTHER_ACCOUNT, Money.of("1000.00"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(bank, caseId).size() == 2);
        String id = Agencies.inbox(bank, caseId).stream().filter(r -> ACCOUNT.equals(
                ((Map<?, ?>) r.get("payload")).get("accountNumber"))).map(r -> (String) r.get("id")).findFirst()
                .orElseThrow();

        refused(answer(bank, id, deduction(ACCOUNT, "50.01")), ProblemType.DEDUCTION_EXCEEDS_DEBT, 409,
                "amountDeducted");
        inbox(bank, id).body("status", equalTo("QUEUED"));
        answer(bank, id, deduction(ACCOUNT, "50.00")).statusCode(200);

        ConsumerRecord<String, String> deducted = Referrals.outcomesOfCase(kafka, caseId, 1).get(0);
        assertEquals(new BigDecimal("50.00"), Referrals.amount(deducted.value(), "amount"));
        assertEquals(ordered.order().requestId(), JsonPath.from(deducted.value()).getString("requestId"),
                "the outcome names the court's order");
    }

    @Test
    @DisplayName("更正回执: an amendment naming the answer it replaces and why is checked, audited and published")
    void anAmendmentReplacesTheWrongAnswerAndItsOutcomeNamesTheReplacedOne() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "DEDUCTION", caseId, order(ACCOUNT, "1000.00"));
        String wrong = answer(bank, id, deduction(ACCOUNT, "1000.00")).statusCode(200).extract().path("answerId");
        String first = Referrals.outcomesOfCase(kafka, caseId, 1).get(0).value();
        assertEquals(wrong, JsonPath.from(first).getString("eventId"), "answerId is the outcome's eventId");

        // a plain second answer is still refused: only an amendment corrects
        answer(bank, id, deduction(ACCOUNT, "800.00")).spec(Problems.of(ProblemType.ALREADY_ANSWERED, 409));
        Map<String, Object> amendment = Map.of("replaces", wrong, "reason", "柜员录入金额错误，实际划拨800元",
                "result", deduction(ACCOUNT, "800.00"));
        refused(amend(bank, id, Map.of("replaces", wrong, "reason", "超额更正",
                "result", deduction(ACCOUNT, "1000.01"))), ProblemType.INVALID_RESULT, 400, "amountDeducted");
        amend(bank, id, Map.of("replaces", wrong, "result", deduction(ACCOUNT, "800.00"))).statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.endsWith("reason"));

        String amended = amend(bank, id, amendment).statusCode(200).body("replacedAnswerId", equalTo(wrong))
                .body("amendReason", equalTo("柜员录入金额错误，实际划拨800元")).body("outcome", equalTo("DEDUCTED"))
                .extract().asString();
        assertEquals(new BigDecimal("800.00"), Referrals.amount(amended, "result.amountDeducted"));
        String answerId = JsonPath.from(amended).getString("answerId");
        assertNotEquals(wrong, answerId);

        amend(bank, id, amendment).statusCode(200).body("answerId", equalTo(answerId));
        refused(amend(bank, id, Map.of("replaces", wrong, "reason", "再次更正", "result",
                deduction(ACCOUNT, "700.00"))), ProblemType.ALREADY_ANSWERED, 409, "replaces");

        List<ConsumerRecord<String, String>> outcomes = Referrals.outcomesOfCase(kafka, caseId, 2);
        assertEquals(2, outcomes.size(), "the same amendment again published nothing");
        JsonPath second = JsonPath.from(outcomes.get(1).value());
        assertEquals(answerId, second.getString("eventId"));
        assertEquals(wrong, second.getString("replaces"));
        assertEquals("柜员录入金额错误，实际划拨800元", second.getString("reason"));
        assertEquals("DEDUCTED", second.getString("outcome"));
        assertEquals(new BigDecimal("800.00"), Referrals.amount(outcomes.get(1).value(), "amount"));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id).then()
                .body("findAll { it.action == 'referral-amended' }.size()", equalTo(1));
    }

    @Test
    void anUnansweredReferralHasNothingToAmend() {
        String bank = Agencies.newBank("PULL");
        String id = Referrals.create(bank, "DEDUCTION", UUID.randomUUID(), order(ACCOUNT, "1000.00"));
        refused(amend(bank, id, Map.of("replaces", UUID.randomUUID(), "reason", "更正",
                "result", deduction(ACCOUNT, "10.00"))), ProblemType.INVALID_RESULT, 409, "replaces");
        inbox(bank, id).body("status", equalTo("QUEUED"));
    }

    private static ValidatableResponse amend(String bank, String id, Map<String, Object> body) {
        return given().auth().oauth2(Agencies.token(bank)).contentType(ContentType.JSON).body(body)
                .when().post("/inbox/" + id + "/amendments").then();
    }
}
