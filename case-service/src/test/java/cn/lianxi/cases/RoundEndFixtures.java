package cn.lianxi.cases;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Cases ready (or not) for 终本, and the banks' inquiry answers a 终本 case waits for. */
public final class RoundEndFixtures {

    private RoundEndFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(PlatformClock.ZONE);
    }

    /** A judge's action on case {@code id}. */
    public static ValidatableResponse act(String id, String action, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(Tokens.judge(SUZHOU)).contentType(ContentType.JSON)
                .body(Fixtures.basis(action, body)).when().post("/cases/" + id + "/" + action).then();
    }

    /** Files a case on {@code filedOn} owing {@code owed}; its id. */
    public static String file(LocalDate filedOn, String owed) {
        Map<String, Object> filing = Fixtures.filing(SUZHOU, Fixtures.caseNumber(), owed);
        filing.put("filedOn", filedOn.toString());
        return Fixtures.submit(SUZHOU, List.of(filing)).statusCode(200).extract().path("results[0].caseId");
    }

    /** A nationwide inquiry; its request id (the court event id, from the timeline). */
    public static String inquire(String id) {
        act(id, "asset-inquiries", Map.of()).statusCode(200);
        List<String> kinds = Fixtures.timeline(id).getList("kind");
        return Fixtures.timeline(id).getString("eventId[" + kinds.lastIndexOf("ASSET_INQUIRY_REQUESTED") + "]");
    }

    public static void restrict(String id) {
        act(id, "consumption-restrictions", Map.of("behaviours", List.of("FLIGHTS", "STAR_HOTELS_AND_HIGH_END_VENUES")))
                .statusCode(200);
    }

    /** A bank's answer to inquiry {@code requestId}, holding accounts with {@code balances} (none: nothing found). */
    public static ReferralOutcome answer(String caseId, String requestId, String... balances) {
        List<ReferralResult.Account> accounts = java.util.Arrays.stream(balances)
                .map(b -> new ReferralResult.Account("6222" + UUID.randomUUID().toString().substring(0, 8), "储蓄",
                        new BigDecimal(b), "CNY"))
                .toList();
        return new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(caseId), SUZHOU,
                "BANK-ICBC", ReferralKind.BANK_INQUIRY, OutcomeType.ANSWERED, Instant.now(), null,
                new ReferralResult.BankInquiry(accounts), null, null, requestId, null);
    }

    /** Publishes {@code o} on the outcomes topic and waits until it is on the case's timeline. */
    public static void deliver(KafkaCompanion kafka, ObjectMapper mapper, ReferralOutcome o) {
        String caseId = o.caseId().toString();
        int before = count(caseId, "OUTCOME_RECORDED");
        try {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REFERRAL_OUTCOMES, caseId,
                    mapper.writeValueAsString(o))).awaitCompletion(Duration.ofSeconds(10));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(caseId, "OUTCOME_RECORDED") > before);
    }

    public static int count(String caseId, String kind) {
        return (int) Fixtures.timelineKinds(caseId).stream().filter(kind::equals).count();
    }

    /**
     * A case filed {@code daysAgo} days ago that meets every 终本 prerequisite but the applicant interview: inquired,
     * answered (nothing found), restricted.
     */
    public static String readyForRoundEnd(KafkaCompanion kafka, ObjectMapper mapper, int daysAgo) {
        String id = file(today().minusDays(daysAgo), "800.00");
        String inquiry = inquire(id);
        restrict(id);
        deliver(kafka, mapper, answer(id, inquiry));
        return id;
    }

    /** The 终本 transition with the applicant told today. */
    public static Map<String, Object> roundEnd() {
        return Map.of("targetStatus", "CONCLUDED", "conclusionType", "TERMINATION_OF_THIS_ROUND",
                "reason", "经网络查控未发现可供执行的财产", "applicantInformedOn", today().toString());
    }
}
