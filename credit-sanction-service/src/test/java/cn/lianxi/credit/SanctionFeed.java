package cn.lianxi.credit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.arc.Arc;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * What partner agencies and case-service see of a case on {@code credit.sanctions.v1} and in the pullable history
 * ({@code /sanctions/changes}), read as the contract's {@link SanctionEvent} by the service's own ObjectMapper.
 */
public final class SanctionFeed {

    private SanctionFeed() {
    }

    /** Waits until the topic holds at least {@code count} records keyed by the case; returns them, oldest first. */
    public static List<ConsumerRecord<String, String>> awaitRecords(KafkaCompanion kafka, UUID caseId, int count) {
        var task = kafka.consumeStrings().fromTopics(Topics.CREDIT_SANCTIONS);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> ofCase(task.getRecords(), caseId).size() >= count);
            return ofCase(task.getRecords(), caseId);
        } finally {
            task.stop();
        }
    }

    /** The case's whole exchange history, oldest first: what is committed (call it once the event was consumed). */
    public static List<SanctionEvent> history(UUID caseId) {
        List<SanctionEvent> events = new ArrayList<>();
        long cursor = 0;
        while (true) {
            JsonNode page = tree(given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC-SZ"))
                    .get("/sanctions/changes?after=" + cursor + "&limit=1000").then().statusCode(200)
                    .extract().asString());
            for (JsonNode change : page.get("changes")) {
                SanctionEvent event = read(change.get("event").toString());
                if (event.caseId().equals(caseId)) {
                    events.add(event);
                }
            }
            long next = page.get("nextCursor").asLong();
            if (next == cursor) {
                return events;
            }
            cursor = next;
        }
    }

    public static SanctionEvent read(ConsumerRecord<String, String> record) {
        return read(record.value());
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> ofCase(List<ConsumerRecord<String, String>> records,
            UUID caseId) {
        return records.stream().filter(r -> caseId.toString().equals(r.key())).toList();
    }

    private static SanctionEvent read(String json) {
        try {
            return mapper().readValue(json, SanctionEvent.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a SanctionEvent: " + json, e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectMapper mapper() {
        return Arc.container().instance(ObjectMapper.class).get();
    }
}
