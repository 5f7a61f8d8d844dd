package cn.lianxi.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.Topics;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A partner bank's joint-sanctions feed (联合惩戒): a plain Kafka consumer of {@code credit.sanctions.v1}, as a bank
 * connected by Kafka would run it, keeping the events of the cases it was asked to watch.
 */
final class SanctionFeed implements AutoCloseable {

    static final String TOPIC = Topics.CREDIT_SANCTIONS;

    /** One received event: the CloudEvents type header and the JSON payload. */
    record Received(String ceType, Map<String, Object> payload) {
    }

    private static final ObjectMapper JSON = Api.JSON;

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    /** {@code agencyId}: the bank's own Kafka principal reads the feed, in a consumer group named after it. */
    SanctionFeed(Platform platform, String agencyId) {
        Properties props = KafkaTool.settings(platform.kafkaAs("agency", agencyId));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, agencyId + ".sanctions-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(TOPIC));
    }

    /**
     * A bank's feed opened before each test and closed after it, for a test class that watches every test's case:
     * {@code @RegisterExtension final SanctionFeed.PerTest icbcFeed = new SanctionFeed.PerTest("BANK-ICBC")}.
     */
    static final class PerTest implements BeforeEachCallback, AfterEachCallback {

        private final String agencyId;
        private SanctionFeed feed;

        PerTest(String agencyId) {
            this.agencyId = agencyId;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            feed = new SanctionFeed(PlatformExtension.platform(context), agencyId);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            feed.close();
        }

        List<Received> about(String caseId) {
            return feed.about(caseId);
        }
    }

    /** Polls once and returns everything received so far about one case (records are keyed by case id). */
    List<Received> about(String caseId) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
            if (caseId.equals(r.key())) {
                received.add(new Received(header(r, "ce_type"), parse(r.value())));
            }
        }
        return List.copyOf(received);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new AssertionError("a sanction event that is not JSON: " + json, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
