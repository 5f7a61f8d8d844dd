package cn.lianxi.systemtests.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.lianxi.systemtests.Platform;

/**
 * One agency-liaison-service process from its packaged jar, as a Kubernetes replica would run it: its own HTTP
 * and management ports, the shared database and the Kafka cluster. It only consumes and writes here, so no token
 * issuer is needed (the OIDC tenant is off; nothing in this test calls it except its readiness, on the management
 * port).
 */
final class LiaisonInstance implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int managementPort;
    private final Path log;

    private LiaisonInstance(String name, Process process, int managementPort, Path log) {
        this.name = name;
        this.process = process;
        this.managementPort = managementPort;
        this.log = log;
    }

    static LiaisonInstance start(String name, Path root, Path dir, String bootstrap, String dbSuffix) throws IOException {
        int port = Platform.freePort();
        int managementPort = Platform.freePort();
        Path log = dir.resolve(name + ".log");
        Path jar = root.resolve("agency-liaison-service/target/quarkus-app/quarkus-run.jar");
        ProcessBuilder b = new ProcessBuilder(List.of(KafkaCluster.java(), "-Xmx192m", "-XX:+UseSerialGC", "-jar",
                jar.toString())).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = b.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        // the three-broker cluster of this test is plaintext: it is about scaling out, KafkaAccessIT about who may write
        env.put("LIANXI_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        env.put("LIANXI_DB_SUFFIX", dbSuffix);
        env.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        env.put("LIANXI_OIDC_URL", "http://127.0.0.1:1/realms/unused");
        // its case events come unsealed from the test: a key directory of its own (its key generated there), no
        // court keys, seals not required, as in the module tests (EvidenceIT is about seals)
        env.put("LIANXI_SEAL_KEYS", dir.resolve("seals").toString());
        env.put("LIANXI_SEAL_REQUIRED", "false");
        return new LiaisonInstance(name, b.start(), managementPort, log);
    }

    void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                        + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ": " + tail());
    }

    /** SIGKILL: the instance dies mid-batch, with records polled but not committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
