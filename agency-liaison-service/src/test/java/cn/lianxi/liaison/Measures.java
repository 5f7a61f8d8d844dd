package cn.lianxi.liaison;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventDetail.AccountOrder;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.Topics;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Bank measures as a court orders them (case events on enforcement.cases.v1, from the contract records) and as a
 * bank answers them, for the freeze lifecycle and conclusion tests.
 */
public final class Measures {

    private Measures() {
    }

    /** A fresh account number, so tests never share an account (and its queue of freezes) by accident. */
    public static String account() {
        return "6222" + String.format("%012d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L));
    }

    /** An order at {@code bank} on {@code account}; {@code freezeRequestId} names the freeze it concerns, or null. */
    public static AccountOrder order(String bank, String account, String amount, String requestId,
            String freezeRequestId) {
        return new AccountOrder(CaseEvents.RESPONDENT, null, bank, account, amount == null ? null : Money.of(amount),
                requestId, freezeRequestId, CaseEvents.OFFICER, CaseEvents.NOTICE);
    }

    public static void send(KafkaCompanion kafka, ObjectMapper mapper, UUID caseId, String court,
            CaseEventDetail detail) {
        CaseEvent event = CaseEvents.event(caseId, court, detail);
        CaseEvents.publish(kafka, mapper, event);
    }

    /** Waits until the bank's inbox holds a referral of {@code kind} for the case; returns its view as JSON. */
    public static JsonPath referral(String bank, UUID caseId, String kind) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Agencies.inbox(bank, caseId).stream()
                .anyMatch(r -> kind.equals(r.get("kind"))));
        String id = (String) Agencies.inbox(bank, caseId).stream().filter(r -> kind.equals(r.get("kind")))
                .findFirst().orElseThrow().get("id");
        return view(bank, id);
    }

    /** The referral as the bank's inbox shows it, numbers exact. */
    public static JsonPath view(String bank, String id) {
        return Referrals.exact(given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().statusCode(200).extract().asString());
    }

    public static Map<String, Object> freezeAnswer(String account, String amount, LocalDate until) {
        return Map.of("type", "FREEZE", "accountNumber", account, "amountFrozen", new BigDecimal(amount),
                "frozenUntil", until.toString());
    }

    public static Map<String, Object> unfreezeAnswer(String account, String amount) {
        return Map.of("type", "UNFREEZE", "accountNumber", account, "amountUnfrozen", new BigDecimal(amount));
    }

    /** The outcome types published for the case, in order, once at least {@code count} are there. */
    public static List<String> outcomes(KafkaCompanion kafka, UUID caseId, int count) {
        return Referrals.outcomesOfCase(kafka, caseId, count).stream()
                .map(r -> JsonPath.from(r.value()).getString("outcome")).toList();
    }

    /** The case's outcomes of one type, once at least {@code count} of them are there. */
    public static List<JsonPath> outcomesOf(KafkaCompanion kafka, UUID caseId, String outcome, int count) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(Topics.REFERRAL_OUTCOMES);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> of(task, caseId, outcome).size() >= count);
            return of(task, caseId, outcome);
        } finally {
            task.stop();
        }
    }

    /** Asserts that for three seconds the case has no outcome of this type. */
    public static void noOutcome(KafkaCompanion kafka, UUID caseId, String outcome) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(Topics.REFERRAL_OUTCOMES);
        try {
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                    .until(() -> of(task, caseId, outcome).isEmpty());
        } finally {
            task.stop();
        }
    }

    private static List<JsonPath> of(ConsumerTask<String, String> task, UUID caseId, String outcome) {
        return task.getRecords().stream().filter(r -> caseId.toString().equals(r.key()))
                .map(ConsumerRecord::value).map(Referrals::exact)
                .filter(j -> outcome.equals(j.getString("outcome"))).toList();
    }
}
