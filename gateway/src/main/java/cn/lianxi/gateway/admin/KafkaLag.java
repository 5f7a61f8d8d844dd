package cn.lianxi.gateway.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import cn.lianxi.gateway.admin.Overview.KafkaSnapshot;
import cn.lianxi.gateway.config.GatewayConfig;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Kafka as the overview sees it (消息积压): reachable or not, and per consumer group how many events wait to be
 * consumed. Read with the admin API (committed offsets against end offsets); the gateway joins no group.
 * A snapshot is reused for a second so many dashboards do not multiply the admin calls.
 */
@ApplicationScoped
public class KafkaLag {

    private static final Logger LOG = Logger.getLogger(KafkaLag.class);
    private static final long REUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Map<String, Object> kafka;
    private final GatewayConfig config;
    private Admin admin;
    private KafkaSnapshot last;
    private long lastAt;

    /** {@code kafka}: the {@code kafka.*} configuration (bootstrap servers, the gateway's SASL principal). */
    KafkaLag(@Identifier("default-kafka-broker") Map<String, Object> kafka, GatewayConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /** The current snapshot, computed off the event loop (the admin client blocks). */
    public Uni<KafkaSnapshot> snapshot() {
        return Uni.createFrom().item(this::cachedOrFresh).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private synchronized KafkaSnapshot cachedOrFresh() {
        if (last == null || System.nanoTime() - lastAt > REUSE_NANOS) {
            last = measure();
            lastAt = System.nanoTime();
        }
        return last;
    }

    private KafkaSnapshot measure() {
        long timeout = config.gateway().overview().kafkaTimeout().toMillis();
        try {
            admin().describeCluster().nodes().get(timeout, TimeUnit.MILLISECONDS);
            Map<String, Long> lag = new LinkedHashMap<>();
            for (String group : config.gateway().overview().consumerGroups()) {
                lag.put(group, lagOf(group, timeout));
            }
            return new KafkaSnapshot("UP", lag);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debugf("Kafka not reachable for the overview: %s", e.toString());
            return new KafkaSnapshot("DOWN", Map.of());
        }
    }

    private Long lagOf(String group, long timeout) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout, TimeUnit.MILLISECONDS);
        committed.values().removeIf(o -> o == null);
        if (committed.isEmpty()) {
            return null;
        }
        Map<TopicPartition, OffsetSpec> request = committed.keySet().stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin().listOffsets(request).all()
                .get(timeout, TimeUnit.MILLISECONDS);
        return committed.entrySet().stream()
                .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset()))
                .sum();
    }

    private Admin admin() {
        if (admin == null) {
            int timeout = (int) config.gateway().overview().kafkaTimeout().toMillis();
            Properties props = new Properties();
            kafka.forEach((key, value) -> props.put(key, String.valueOf(value)));
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "lianxi-gateway-overview");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
