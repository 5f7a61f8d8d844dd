package cn.lianxi.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real platform, started once for all system tests of the run by the project's own launcher
 * ({@code deploy/local/lianxi up}) on free ports, with its own state directory and the {@code _it} databases,
 * and stopped by {@code down} when the run ends. Nothing here knows a service's code.
 */
public final class Platform implements ExtensionContext.Store.CloseableResource {

    private static final long UP_TIMEOUT_SECONDS = 420;
    /** {@code -Dlianxi.it.reuse=true}: keep the platform up across runs (development only; CI always starts afresh). */
    private static final boolean REUSE = Boolean.getBoolean("lianxi.it.reuse");

    /**
     * Deadlines are configuration, not code: the launched services inherit the launcher's environment, and Quarkus
     * reads {@code LIANXI_REFERRAL_DUE_BANK_INQUIRY} as {@code lianxi.referral.due.bank-inquiry} (the property is
     * declared in the service's application.properties). Short values let a test watch a bank or the police go late
     * within seconds; the deadline sweep and the dashboard's live stream run often enough to see it.
     */
    static final Map<String, String> SHORT_DEADLINES = Map.ofEntries(
            Map.entry("LIANXI_REFERRAL_DUE_BANK_INQUIRY", "PT20S"),
            Map.entry("LIANXI_REFERRAL_DUE_CRIMINAL_REFERRAL", "PT8S"),
            Map.entry("LIANXI_DEADLINES_EVERY", "1s"),
            Map.entry("LIANXI_GATEWAY_OVERVIEW_STREAM_INTERVAL", "2s"),
            // 终本's repeated search (every six months for five years in production): every 15 s for two minutes
            Map.entry("LIANXI_ROUND_END_SEARCH_INTERVAL", "PT15S"),
            Map.entry("LIANXI_ROUND_END_SEARCH_HORIZON", "PT2M"),
            Map.entry("LIANXI_ROUND_END_SWEEP_EVERY", "1s"),
            // a deposit freeze's term (one year in production) and its expiry warning (30 days): a minute, half of one
            Map.entry("LIANXI_REFERRAL_DEPOSIT_FREEZE_TERM", "PT1M"),
            Map.entry("LIANXI_REFERRAL_FREEZE_WARNING", "PT30S"),
            // the performance notice (10 days in production) and the listing grace period after it (10 days, in
            // case-service and credit alike): none, so the scenarios order measures and listings right after filing;
            // SelfPerformanceIT files with the notice's own deadline (performanceDue)
            Map.entry("LIANXI_PERFORMANCE_NOTICE_TERM", "PT0S"),
            Map.entry("LIANXI_PERFORMANCE_NOTICE_LISTING_GRACE", "PT0S"),
            Map.entry("LIANXI_CREDIT_LISTING_GRACE", "PT0S"),
            // 数据铁笼: filing to the first measure (a month in production) five seconds, swept every second
            Map.entry("LIANXI_DATA_CAGE_FILING_TO_FIRST_MEASURE", "PT5S"),
            Map.entry("LIANXI_DATA_CAGE_SWEEP_EVERY", "1s"),
            // the joint meeting's reporting cycles (a calendar month and quarter in production): ten seconds each, so
            // JointMeetingYearIT walks a year of four quarters in under a minute; swept every second
            Map.entry("LIANXI_JOINT_MEETING_CYCLE_MONTHLY", "PT10S"),
            Map.entry("LIANXI_JOINT_MEETING_CYCLE_QUARTERLY", "PT10S"),
            Map.entry("LIANXI_JOINT_MEETING_SWEEP_EVERY", "1s"));

    /** The bank inquiry deadline of {@link #SHORT_DEADLINES}. */
    public static final Duration BANK_INQUIRY_DUE = Duration.ofSeconds(20);
    /** The interval of the platform's own search after 终本, in {@link #SHORT_DEADLINES}. */
    public static final Duration ROUND_END_SEARCH_INTERVAL = Duration.ofSeconds(15);
    /** The deposit freeze term of {@link #SHORT_DEADLINES}: a freeze not renewed lapses this long after its answer. */
    public static final Duration FREEZE_TERM = Duration.ofMinutes(1);
    /** The police's filing deadline of {@link #SHORT_DEADLINES}. */
    public static final Duration CRIMINAL_REFERRAL_DUE = Duration.ofSeconds(8);

    /** The launcher's brokers: {@code kafka}, and {@code kafka-2}, {@code kafka-3} with three nodes. */
    static final List<String> BROKERS = List.of("kafka", "kafka-2", "kafka-3");

    private final Path root;
    private final Path home;
    private final Map<String, String> env;
    private final Map<String, String> ports;
    private final double upSeconds;

    private Platform(Path root, Path home, Map<String, String> env, Map<String, String> ports, double upSeconds) {
        this.root = root;
        this.home = home;
        this.env = Map.copyOf(env);
        this.ports = ports;
        this.upSeconds = upSeconds;
    }

    static Platform start() {
        return start(Path.of(System.getProperty("lianxi.home", "target/platform")), Map.of());
    }

    /**
     * The platform in {@code home}, launched with {@code env} on top of the system tests' own settings (the fault
     * campaign's three brokers, proxies and clocks: {@code LIANXI_KAFKA_NODES=3}, {@code LIANXI_CASE_DB_PORT} …).
     */
    public static Platform start(Path homeDir, Map<String, String> env) {
        Path root = Path.of(System.getProperty("lianxi.root", "../..")).toAbsolutePath().normalize();
        Path home = homeDir.toAbsolutePath();
        if (REUSE) {
            // iterating on one test class: run it against a platform the developer keeps up between runs
            run(root, home, env, UP_TIMEOUT_SECONDS, "up");
            return new Platform(root, home, env, readPorts(home.resolve("ports.env")), 0);
        }
        // a platform left over by an interrupted run would hold the ports and the _it databases: stop it first,
        // then start from empty Kafka logs (the _it databases are recreated by LIANXI_RESET_DBS)
        run(root, home, env, 120, "down");
        for (String broker : BROKERS) {
            deleteRecursively(home.resolve(broker));
        }
        long begin = System.nanoTime();
        run(root, home, env, UP_TIMEOUT_SECONDS, "up");
        double seconds = (System.nanoTime() - begin) / 1e9;
        Platform platform = new Platform(root, home, env, readPorts(home.resolve("ports.env")), seconds);
        System.out.printf("[system-tests] platform up in %.1f s: gateway %s, keycloak %s, kafka %s%n", seconds,
                platform.gatewayUrl(), platform.keycloakUrl(), platform.kafkaBootstrap());
        return platform;
    }

    @Override
    public void close() {
        if (!REUSE) {
            long began = System.nanoTime();
            run(root, home, env, 120, "down");
            // the launcher's promise (deploy/local/README.md): down in under 10 s
            System.out.printf("[platform] down in %.1f s%n", (System.nanoTime() - began) / 1e9);
        }
    }

    /** Runs one launcher command; a failure prints the launcher's output (it includes the failing log's tail). */
    static void run(Path root, Path home, long timeoutSeconds, String... args) {
        run(root, home, Map.of(), timeoutSeconds, args);
    }

    /** Runs one launcher command on this platform, with the environment it was started with. */
    public void launch(long timeoutSeconds, String... args) {
        run(root, home, env, timeoutSeconds, args);
    }

    private static void run(Path root, Path home, Map<String, String> env, long timeoutSeconds, String... args) {
        int exit = waitFor(start(launcher(root, home, env, args).inheritIO()), timeoutSeconds, args);
        if (exit != 0) {
            throw new IllegalStateException("lianxi " + String.join(" ", args) + " failed: " + exit);
        }
    }

    /** What a launcher command printed on its standard output, and how it ended. */
    record Output(int exit, String text) {
    }

    /**
     * Runs one launcher command with {@code input} on its standard input and returns what it printed (standard error
     * goes to the test's own) and its exit code; the caller judges both.
     */
    static Output output(Path root, Path home, long timeoutSeconds, String input, String... args) {
        Process process = start(launcher(root, home, Map.of(), args).redirectError(ProcessBuilder.Redirect.INHERIT));
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int exit = waitFor(process, timeoutSeconds, args);
        return new Output(exit, out.join());
    }

    /** The launcher with this platform's environment (home, ports, the _it databases, the short deadlines). */
    private static ProcessBuilder launcher(Path root, Path home, Map<String, String> extra, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/lianxi").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        Map<String, String> env = builder.environment();
        env.put("LIANXI_HOME", home.toString());
        env.put("LIANXI_PORTS", "auto");
        env.put("LIANXI_DB_SUFFIX", dbSuffix());
        env.put("LIANXI_RESET_DBS", "true");
        env.putIfAbsent("LIANXI_SKIP_BUILD", "true");
        env.putAll(SHORT_DEADLINES);
        env.putAll(extra);
        return builder;
    }

    /** The _it databases, or {@code <suffix>_it} for a second working copy that exported its own LIANXI_DB_SUFFIX. */
    static String dbSuffix() {
        return System.getenv().getOrDefault("LIANXI_DB_SUFFIX", "") + "_it";
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The command's exit code; one that outlives {@code timeoutSeconds} is killed and fails the test. */
    private static int waitFor(Process process, long timeoutSeconds, String... args) {
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("lianxi " + String.join(" ", args) + " timed out");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port free on loopback now (the kernel's pick), for a component that must be told its port up front. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir, e);
        }
    }

    private static Map<String, String> readPorts(Path file) {
        Map<String, String> ports = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    ports.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim().replace("\"", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the launcher wrote no " + file, e);
        }
        return ports;
    }

    private String port(String name) {
        String port = ports.get(name);
        if (port == null) {
            throw new IllegalStateException(name + " missing from ports.env: " + ports);
        }
        return port;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port("LIANXI_GATEWAY_PORT");
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + port("LIANXI_KEYCLOAK_PORT");
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + port("LIANXI_KAFKA_PORT");
    }

    /**
     * The Kafka client settings of the operator's principal {@code lianxi-admin} (a super user: it reads every topic
     * and describes every group), as the launcher wrote them; tests that look at the broker from outside use it.
     */
    public Properties kafka() {
        return kafkaSettingsOf("lianxi-admin");
    }

    /**
     * The settings of a court's or an agency's own principal, provisioned on first use the way an operator does it
     * ({@code lianxi kafka-user court C320508}): the command's output is the settings it prints.
     */
    public synchronized Properties kafkaAs(String kind, String id) {
        String principal = kind + "-" + id;
        if (!Files.exists(secrets().resolve(principal + ".properties"))) {
            Output out = output(root, home, 120, "", "kafka-user", kind, id);
            if (out.exit() != 0) {
                throw new IllegalStateException("lianxi kafka-user " + kind + " " + id + " failed: " + out.text());
            }
        }
        return kafkaSettingsOf(principal);
    }

    /** The settings the launcher wrote for any principal it provisioned (a service's too). */
    public Properties kafkaSettingsOf(String principal) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(secrets().resolve(principal + ".properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("the launcher wrote no Kafka settings for " + principal, e);
        }
        return p;
    }

    private Path secrets() {
        return home.resolve("secrets/kafka");
    }

    /** A service's own URL, for health checks only: every business call goes through the gateway. */
    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + port("LIANXI_" + service.toUpperCase() + "_PORT");
    }

    /** A service's (or the gateway's) management interface: its health and metrics, which its own URL does not serve. */
    public String managementUrl(String service) {
        return "http://127.0.0.1:" + port("LIANXI_" + service.toUpperCase() + "_MGMT_PORT");
    }

    public double upSeconds() {
        return upSeconds;
    }

    /** The repository the platform was launched from. */
    public Path root() {
        return root;
    }

    /** The seeded agencies' own seal keys (their systems' side), which the tests use when they answer as them. */
    cn.lianxi.bench.AgencySeals agencySeals() {
        return cn.lianxi.bench.AgencySeals.of(home);
    }

    public Path home() {
        return home;
    }
}
