package cn.lianxi.liaison;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import static org.awaitility.Awaitility.await;

/** Creating referrals as a judge, answering them as an agency, and reading the published outcomes. */
public final class Referrals {

    private Referrals() {
    }

    /**
     * A judge of Suzhou asks {@code agencyId} for {@code kind} on a fresh case; {@code fields} are the kind's own
     * (accountNumber, amount, plateNumber, note). Returns the referral id.
     */
    public static String create(String agencyId, String kind, UUID caseId, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("caseId", caseId,
                "caseNumber", "(2023)苏05执" + caseId.hashCode() + "号", "kind", kind, "agencyId", agencyId,
                "respondentName", "张三", "respondentIdNumber", CaseEvents.RESPONDENT_ID, "respondentType", "PERSON",
                "legalBasis", CaseEvents.NOTICE_JSON));
        body.putAll(fields);
        return given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON).body(body)
                .when().post("/referrals").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse answer(String agencyId, String referralId, Map<String, Object> result) {
        return given().auth().oauth2(Agencies.token(agencyId)).contentType(ContentType.JSON).body(result)
                .when().post("/inbox/" + referralId + "/answer").then();
    }

    /** A freeze answer; the amount goes as a JSON number, exactly as written. */
    public static Map<String, Object> freezeResult(String amount, String until) {
        return Map.of("type", "FREEZE", "accountNumber", "6222020000001234", "amountFrozen", new BigDecimal(amount),
                "frozenUntil", until);
    }

    /** A deduction answer; the amount goes as a JSON number, exactly as written. */
    public static Map<String, Object> deductionResult(String amount) {
        return Map.of("type", "DEDUCTION", "accountNumber", "6222020000001234", "amountDeducted",
                new BigDecimal(amount), "transferReference", "TR-" + amount);
    }

    /** Reads JSON with every decimal number as an exact BigDecimal (12000000.00 stays 12000000.00, never 1.2E7). */
    public static JsonPath exact(String json) {
        return JsonPath.from(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** The amount at {@code path}, exactly as written in the JSON. */
    public static BigDecimal amount(String json, String path) {
        return exact(json).get(path);
    }

    /**
     * Waits until {@code count} outcomes of the case are on liaison.outcomes.v1; returns them in order. The delivery
     * receipts (outcome RECEIPT) that accompany every stage are left out: {@link #receiptsOfCase} reads those.
     */
    public static List<ConsumerRecord<String, String>> outcomesOfCase(KafkaCompanion kafka, UUID caseId, int count) {
        return ofKey(kafka, Topics.REFERRAL_OUTCOMES, caseId.toString(), count, r -> !isReceipt(r));
    }

    /** Waits until {@code count} delivery receipts (outcome RECEIPT) of the case are published; in order. */
    public static List<ConsumerRecord<String, String>> receiptsOfCase(KafkaCompanion kafka, UUID caseId, int count) {
        return ofKey(kafka, Topics.REFERRAL_OUTCOMES, caseId.toString(), count, Referrals::isReceipt);
    }

    private static boolean isReceipt(ConsumerRecord<String, String> record) {
        return "RECEIPT".equals(JsonPath.from(record.value()).getString("outcome"));
    }

    /** Waits until {@code count} records of {@code key} are on {@code topic}; returns them in order. */
    public static List<ConsumerRecord<String, String>> ofKey(KafkaCompanion kafka, String topic, String key,
            int count) {
        return ofKey(kafka, topic, key, count, r -> true);
    }

    private static List<ConsumerRecord<String, String>> ofKey(KafkaCompanion kafka, String topic, String key,
            int count, Predicate<ConsumerRecord<String, String>> which) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> ofKey(task, key, which).size() >= count);
            return ofKey(task, key, which);
        } finally {
            task.stop();
        }
    }

    /** Asserts that no record of {@code key} shows on {@code topic} for two seconds. */
    public static void noneOfKey(KafkaCompanion kafka, String topic, String key) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic);
        try {
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> ofKey(task, key, r -> true).isEmpty());
        } finally {
            task.stop();
        }
    }

    /** The last value of a record's header, as text; null when the record has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> ofKey(ConsumerTask<String, String> task, String key,
            Predicate<ConsumerRecord<String, String>> which) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).filter(which).collect(Collectors.toList());
    }
}
