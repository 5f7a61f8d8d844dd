package cn.lianxi.systemtests.scaleout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scale-out proven locally (issue 10): a three-broker KRaft cluster (replication 3, min ISR 2) and two
 * agency-liaison-service instances in one consumer group share the case events of {@code enforcement.cases.v1}.
 * Under a steady stream of filings one broker and then one instance are killed (SIGKILL). Every case event must
 * still produce exactly one BANK_INQUIRY referral per active bank: none lost (acks=all, min ISR 2, offsets committed
 * after processing) and none doubled (the idempotent consumer re-sees the redelivered records and skips them).
 * This test starts its own topology and does not use the shared platform.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ScaleOutIT {

    private static final int EVENTS = 400;
    private static final double RATE = 20;
    private static final String TOPIC = "enforcement.cases.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path root;
    static Path dir;
    static String dbSuffix;
    static KafkaCluster cluster;
    static LiaisonInstance a;
    static LiaisonInstance b;

    @BeforeAll
    static void topology() throws Exception {
        root = Path.of(System.getProperty("lianxi.root", "../..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("lianxi.home", "target/platform")).toAbsolutePath();
        dir = home.resolveSibling(home.getFileName() + "-scaleout");
        dbSuffix = System.getenv().getOrDefault("LIANXI_DB_SUFFIX", "") + "_scale";
        deleteRecursively(dir);
        Files.createDirectories(dir);
        resetDatabase();
        cluster = new KafkaCluster(root, dir);
        cluster.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrap()))) {
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == 3);
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 3)
                    .configs(Map.of("min.insync.replicas", "2")))).all().get(30, TimeUnit.SECONDS);
        }
        a = LiaisonInstance.start("liaison-a", root, dir, cluster.bootstrap(), dbSuffix);
        a.awaitReady(Duration.ofSeconds(120));   // one at a time: the first runs the Flyway migrations
        b = LiaisonInstance.start("liaison-b", root, dir, cluster.bootstrap(), dbSuffix);
        b.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {b, a, cluster}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void everyReferralIsProcessedExactlyOnceWhenABrokerAndAnInstanceDie() throws Exception {
        // both instances share the case events (the group also holds each instance's agency-results consumer)
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrap()))) {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> admin
                    .describeConsumerGroups(List.of("agency-liaison-service")).all().get(5, TimeUnit.SECONDS)
                    .get("agency-liaison-service").members().stream().filter(m -> m.assignment().topicPartitions()
                            .stream().anyMatch(tp -> tp.topic().equals(TOPIC))).count() >= 2);
        }
        List<UUID> eventIds = new ArrayList<>();
        long begin = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                long due = begin + (long) (i * 1e9 / RATE);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                if (i == EVENTS / 4) {
                    cluster.kill(1);
                    System.out.printf("[scale-out] broker 2 killed after %d events%n", i);
                }
                if (i == EVENTS / 2) {
                    b.kill();
                    System.out.printf("[scale-out] instance liaison-b killed after %d events%n", i);
                }
                UUID eventId = UUID.randomUUID();
                eventIds.add(eventId);
                sent.add(producer.send(caseFiled(eventId, i)));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get(60, TimeUnit.SECONDS);   // acks=all with one broker down: two in-sync replicas remain
            }
        }
        System.out.printf("[scale-out] %d case events published in %.1f s%n", EVENTS, (System.nanoTime() - begin) / 1e9);

        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/lianxi_liaison" + dbSuffix,
                "lianxi_liaison", System.getenv().getOrDefault("LIANXI_DB_PASSWORD", "lianxi-dev-only"))) {
            long banks = single(db, "SELECT count(*) FROM agency WHERE kind = 'BANK' AND status = 'ACTIVE'");
            String ids = "('" + String.join("','", eventIds.stream().map(UUID::toString).toList()) + "')";
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertEquals(EVENTS * banks, single(db, "SELECT count(*) FROM referral WHERE source_event_id IN " + ids),
                            "referrals so far"));
            System.out.printf("[scale-out] all %d referrals after %.1f s%n", EVENTS * banks, (System.nanoTime() - begin) / 1e9);
            Thread.sleep(3000);   // a late duplicate would arrive now: none may
            assertEquals(EVENTS * banks, single(db, "SELECT count(*) FROM referral WHERE source_event_id IN " + ids));
            assertEquals(EVENTS, single(db, "SELECT count(DISTINCT source_event_id) FROM referral WHERE source_event_id IN " + ids));
            assertEquals(0, single(db, "SELECT count(*) FROM (SELECT source_event_id, agency_id FROM referral WHERE "
                    + "source_event_id IN " + ids + " GROUP BY 1, 2 HAVING count(*) > 1) d"), "duplicated referrals");
            assertEquals(0, single(db, "SELECT count(*) FROM (SELECT source_event_id FROM referral WHERE source_event_id IN "
                    + ids + " GROUP BY 1 HAVING count(*) <> " + banks + ") d"), "events without one referral per bank");
            assertEquals(EVENTS, single(db, "SELECT count(*) FROM processed_event WHERE event_id IN " + ids));
        }
        assertTrue(a.isAlive(), "the surviving instance kept running: " + a.tail());
    }

    private static ProducerRecord<String, String> caseFiled(UUID eventId, int i) throws Exception {
        UUID caseId = UUID.randomUUID();
        String caseNumber = "(2026)苏05执S" + i + "-" + eventId.toString().substring(0, 6) + "号";
        // a CaseEvent as case-service writes it (event-contracts CaseEvent): kind beside its typed detail, exact amounts
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("eventId", eventId.toString());
        event.put("caseId", caseId.toString());
        event.put("courtCode", "C320500");
        event.put("caseNumber", caseNumber);
        event.put("occurredAt", Instant.now().toString());
        event.put("status", "FILED");
        event.put("amountOwed", new java.math.BigDecimal("250000.00"));
        event.put("amountRecovered", new java.math.BigDecimal("0.00"));
        event.put("respondents", List.of(Map.of("role", "RESPONDENT", "type", "COMPANY", "name", "苏州某贸易有限公司",
                "idNumber", "91330100799655058B", "minor", false, "legalRepresentative", "王五")));
        event.put("kind", "CASE_FILED");
        event.put("detail", Map.of("filedOn", "2026-03-02", "basisType", "JUDGMENT"));
        ProducerRecord<String, String> r = new ProducerRecord<>(TOPIC, caseId.toString(), JSON.writeValueAsString(event));
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", eventId.toString());
        header(r, "ce_source", "/lianxi/case-service");
        header(r, "ce_type", "cn.lianxi.case.case-filed.v1");
        header(r, "ce_subject", caseId.toString());
        header(r, "content-type", "application/json");
        return r;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrap());
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("delivery.timeout.ms", "60000");
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static long single(Connection db, String sql) throws Exception {
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void resetDatabase() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/local/pg-setup.sh").toString()).inheritIO();
        pb.environment().put("LIANXI_DB_SUFFIX", dbSuffix);
        pb.environment().put("LIANXI_RESET_DBS", "true");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pg-setup.sh failed");
        }
    }

    private static void deleteRecursively(Path d) throws Exception {
        if (Files.exists(d)) {
            try (var paths = Files.walk(d)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
