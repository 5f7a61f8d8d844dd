package cn.lianxi.systemtests.scaleout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import cn.lianxi.systemtests.Platform;

/**
 * A local three-node KRaft Kafka cluster (each node broker and controller, a static three-voter quorum), run from
 * the same jars and log configuration as deploy/local's single broker ({@code deploy/local/target/kafka-libs},
 * {@code kafka-log4j2.xml}), with replication factor 3 and {@code min.insync.replicas=2} as in production
 * (deploy/k8s). Each broker is its own process so a test can kill one.
 */
final class KafkaCluster implements AutoCloseable {

    private final Path root;
    private final Path dir;
    private final int[] ports = new int[3];
    private final int[] controllerPorts = new int[3];
    private final Process[] brokers = new Process[3];

    KafkaCluster(Path root, Path dir) {
        this.root = root;
        this.dir = dir;
    }

    String bootstrap() {
        return java.util.Arrays.stream(ports).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    void start() throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            ports[i] = Platform.freePort();
            controllerPorts[i] = Platform.freePort();
        }
        String voters = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts[i]).collect(Collectors.joining(","));
        String clusterId = kafkaUuid();
        for (int i = 0; i < 3; i++) {
            Path node = dir.resolve("broker-" + (i + 1));
            Files.createDirectories(node);
            Path props = Files.writeString(node.resolve("server.properties"), properties(i, voters, node));
            run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", props.toString()), node);
        }
        for (int i = 0; i < 3; i++) {
            brokers[i] = startBroker(i);
        }
    }

    private String properties(int i, String voters, Path node) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + (i + 1),
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + ports[i] + ",CONTROLLER://127.0.0.1:" + controllerPorts[i],
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + ports[i],
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + node.resolve("data"),
                "num.partitions=6",
                "default.replication.factor=3",
                "min.insync.replicas=2",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=3",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=3",
                "transaction.state.log.min.isr=2",
                "share.coordinator.state.topic.replication.factor=3",
                "share.coordinator.state.topic.min.isr=2",
                "group.initial.rebalance.delay.ms=0",
                "broker.session.timeout.ms=2000",
                "broker.heartbeat.interval.ms=500",
                "replica.lag.time.max.ms=5000",
                "num.network.threads=1",
                "num.io.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "") ;
    }

    private Process startBroker(int i) throws IOException {
        Path node = dir.resolve("broker-" + (i + 1));
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + root.resolve("deploy/local/kafka-log4j2.xml"),
                "-Dkafka.logs.dir=" + node, "-cp", root.resolve("deploy/local/target/kafka-libs") + "/*",
                "kafka.Kafka", node.resolve("server.properties").toString()));
        return new ProcessBuilder(cmd).directory(node.toFile()).redirectErrorStream(true)
                .redirectOutput(node.resolve("broker.log").toFile()).start();
    }

    /** SIGKILL, as a crashed machine. */
    void kill(int broker) throws InterruptedException {
        brokers[broker].destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    private void run(List<String> args, Path node) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx128m",
                "-Dlog4j2.configurationFile=" + root.resolve("deploy/local/kafka-log4j2.xml"),
                "-Dkafka.logs.dir=" + node, "-cp", root.resolve("deploy/local/target/kafka-libs") + "/*"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(node.resolve("format.log").toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("kafka storage format failed: " + Files.readString(node.resolve("format.log")));
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. */
    private static String kafkaUuid() {
        UUID u = UUID.randomUUID();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : brokers) {
            if (p != null && p.isAlive()) {
                p.destroy();
            }
        }
        for (Process p : brokers) {
            if (p != null && !p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
