package cn.lianxi.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics like an outsider (no group), and tells when the services' consumer groups have caught up. Every
 * method takes a principal's client settings ({@link Platform#kafka()}, {@link Platform#kafkaAs}): the broker
 * authenticates and authorises every client.
 */
final class KafkaTool {

    private KafkaTool() {
    }

    /** Every record of {@code topic} from the beginning up to its current end that matches {@code filter}. */
    static List<ConsumerRecord<String, String>> read(Properties client, String topic,
            Predicate<ConsumerRecord<String, String>> filter) {
        Properties p = settings(client);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    if (filter.test(r)) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    /** Waits until the groups have committed every record of the topics they read (lag 0). */
    static void awaitNoLag(Properties client, Duration timeout, Set<String> groups) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(settings(client))) {
            while (true) {
                long lag = lag(admin, groups);
                if (lag == 0) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("consumer groups " + groups + " still lag by " + lag);
                }
                Thread.sleep(300);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many records the groups have yet to commit, over every partition they committed on. */
    static long lag(Properties client, Set<String> groups) {
        try (Admin admin = Admin.create(settings(client))) {
            return lag(admin, groups);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long lag(Admin admin, Set<String> groups) throws InterruptedException {
        long lag = 0;
        try {
            for (String g : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (var e : committed.entrySet()) {
                    long c = e.getValue() == null ? 0 : e.getValue().offset();
                    lag += Math.max(0, ends.get(e.getKey()).offset() - c);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return lag;
    }

    /**
     * Whether every partition of every topic (internal ones too) has all its replicas in sync: a broker back from a
     * kill or a pause has caught up. False while the cluster cannot tell (no controller, a timeout).
     */
    static boolean fullyReplicated(Admin admin) {
        try {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                    .get(10, TimeUnit.SECONDS);
            return admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
                    .values().stream().flatMap(t -> t.partitions().stream())
                    .allMatch(p -> p.isr().size() == p.replicas().size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** The names of every topic on the broker (internal ones left out). */
    static Set<String> topics(Properties client) {
        Properties p = settings(client);
        try (Admin admin = Admin.create(p)) {
            return admin.listTopics().names().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a principal's settings, for one client. */
    static Properties settings(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        return p;
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
