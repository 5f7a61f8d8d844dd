package cn.lianxi.liaison;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import static org.awaitility.Awaitility.await;

/** Creating referrals as a judge, answering them as an agency, and reading the published outcomes. */
public final class Referrals {

    private Referrals() {
    }

    /** A judge of Suzhou asks {@code agencyId} for {@code kind} on a fresh case; returns the referral id. */
    public static String create(String agencyId, String kind, UUID caseId, Map<String, Object> detail) {
        Map<String, Object> body = Map.of("caseId", caseId, "caseNumber", "(2023)苏05执" + caseId.hashCode() + "号",
                "kind", kind, "agencyId", agencyId, "respondentName", "张三",
                "respondentIdNumber", CaseEvents.RESPONDENT_ID, "respondentType", "PERSON", "detail", detail);
        return given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON).body(body)
                .when().post("/referrals").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse answer(String agencyId, String referralId, Map<String, Object> result) {
        return given().auth().oauth2(Agencies.token(agencyId)).contentType(ContentType.JSON).body(result)
                .when().post("/inbox/" + referralId + "/answer").then();
    }

    public static Map<String, Object> freezeResult(String amount, String until) {
        return Map.of("type", "FREEZE", "accountNumber", "6222020000001234", "amountFrozen", amount,
                "frozenUntil", until);
    }

    /** Waits until {@code count} outcomes of the case are on liaison.outcomes.v1; returns them in order. */
    public static List<ConsumerRecord<String, String>> outcomesOfCase(KafkaCompanion kafka, UUID caseId, int count) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(Topics.REFERRAL_OUTCOMES);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> ofKey(task, caseId.toString()).size() >= count);
            return ofKey(task, caseId.toString());
        } finally {
            task.stop();
        }
    }

    private static List<ConsumerRecord<String, String>> ofKey(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).collect(Collectors.toList());
    }
}
