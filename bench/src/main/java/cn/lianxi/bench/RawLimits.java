package cn.lianxi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The machine's own limits, measured in the same run: the platform's Kafka broker (producer acks=all, idempotent,
 * 1 KB records like a case event; then a consumer reading them back) and PostgreSQL through pgbench (single-row
 * INSERT transactions, and 1,000-row INSERT … SELECT batches) in a scratch table of the run's case database. The
 * scratch topic and table are dropped afterwards.
 */
final class RawLimits {

    double kafkaProduced;
    double kafkaConsumed;
    /** concurrency -> {single-row commits/s, batch-inserted rows/s}. */
    final java.util.Map<Integer, double[]> pg = new java.util.TreeMap<>();
    private final Env env;

    RawLimits(Env env) {
        this.env = env;
    }

    void kafka(double seconds) throws Exception {
        String topic = "bench.raw." + UUID.randomUUID().toString().substring(0, 8) + ".v1";
        // as the operator (a super user may create the scratch topic); SASL/SCRAM as every client of the platform
        Properties p = env.kafka("lianxi-admin");
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", "5");
        p.put("batch.size", "65536");
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        String value = "x".repeat(1000);
        AtomicLong acked = new AtomicLong();
        long sent = 0;
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            while (System.nanoTime() - t0 < seconds * 1e9) {
                producer.send(new ProducerRecord<>(topic, Long.toString(sent++ % 997), value), (m, e) -> {
                    if (e == null) {
                        acked.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        kafkaProduced = acked.get() / ((System.nanoTime() - t0) / 1e9);
        Properties c = env.kafka("lianxi-admin");
        c.put("group.id", "bench-raw-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", StringDeserializer.class.getName());
        long read = 0;
        long t1 = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (read < acked.get() && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (t1 == 0 && !records.isEmpty()) {
                    t1 = System.nanoTime();
                }
                read += records.count();
            }
        }
        kafkaConsumed = read / ((System.nanoTime() - t1) / 1e9);
        // a scratch topic has no channel in the platform's AsyncAPI document: leave none behind
        try (Admin admin = Admin.create(env.kafka("lianxi-admin"))) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        }
        System.out.printf("[bench] kafka: produce %.0f/s, consume %.0f/s%n", kafkaProduced, kafkaConsumed);
    }

    void postgres(Connection caseDb, int[] concurrencies, int seconds) throws Exception {
        try (var st = caseDb.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, at timestamptz NOT NULL "
                    + "DEFAULT now(), payload text NOT NULL)");
        }
        Path dir = Files.createTempDirectory("bench-pgbench");
        Path single = Files.writeString(dir.resolve("single.sql"),
                "INSERT INTO bench_raw (payload) VALUES (repeat('x', 800));\n");
        Path batch = Files.writeString(dir.resolve("batch.sql"),
                "INSERT INTO bench_raw (payload) SELECT repeat('x', 800) FROM generate_series(1, 1000);\n");
        for (int c : concurrencies) {
            double tps = pgbench(single, c, seconds);
            double rows = pgbench(batch, c, seconds) * 1000;
            pg.put(c, new double[] {tps, rows});
            System.out.printf("[bench] pgbench -c %d: %.0f commits/s, %.0f batch rows/s%n", c, tps, rows);
        }
        try (var st = caseDb.createStatement()) {
            st.execute("DROP TABLE bench_raw");
        }
    }

    private double pgbench(Path script, int clients, int seconds) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-U", "lianxi_case", "-n", "-c",
                Integer.toString(clients), "-j", Integer.toString(clients), "-T", Integer.toString(seconds), "-f",
                script.toString(), "lianxi_case" + env.dbSuffix()).redirectErrorStream(true);
        b.environment().put("PGPASSWORD", env.dbPassword());
        Process proc = b.start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        proc.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench said: " + out);
        }
        return Double.parseDouble(m.group(1));
    }
}
