package cn.lianxi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Where the platform runs (the launcher's ports.env and pid files) and how big the run is ({@link Mode}). */
record Env(Path home, Path out, Mode mode, String dbSuffix, String dbPassword, Map<String, String> ports) {

    /**
     * How big a run is: {@code quick} (bench/run) and {@code full} (--full) measure; {@code smoke} runs every scenario
     * for a few seconds at one low rate each, so that {@code ./mvnw verify} (BenchSmokeIT in deploy/system-tests)
     * catches a scenario that no longer works against the platform. Its figures mean nothing.
     */
    enum Mode {
        SMOKE, QUICK, FULL
    }

    static Env fromSystemProperties() throws IOException {
        Path home = Path.of(System.getProperty("lianxi.home"));
        Map<String, String> ports = new HashMap<>();
        for (String line : Files.readAllLines(home.resolve("ports.env"))) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                ports.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return new Env(home, Path.of(System.getProperty("bench.out", "target/report")),
                Mode.valueOf(System.getProperty("bench.mode", "quick").toUpperCase(java.util.Locale.ROOT)),
                System.getProperty("lianxi.db.suffix", ""), System.getProperty("lianxi.db.password", "lianxi-dev-only"),
                ports);
    }

    String url(String component) {
        return "http://127.0.0.1:" + ports.get("LIANXI_" + component.toUpperCase() + "_PORT");
    }

    String gateway() {
        return url("gateway");
    }

    /**
     * The Kafka client settings the launcher wrote for {@code principal} (bootstrap servers, SASL/SCRAM): the broker
     * authenticates every client, so the bench is a court ({@code court-C320500}) or the operator ({@code lianxi-admin}).
     */
    Properties kafka(String principal) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("secrets/kafka/" + principal + ".properties"))) {
            p.load(in);
        }
        return p;
    }

    String jdbc(String db) {
        return "jdbc:postgresql://127.0.0.1:5432/" + db + dbSuffix;
    }

    /** A size of each mode; -Dbench.<name>=n overrides all three. */
    long size(String name, long smoke, long quick, long full) {
        String v = System.getProperty("bench." + name);
        return v != null ? Long.parseLong(v) : pick(smoke, quick, full);
    }

    /** Length of each fixed-rate step (intake, gateway, drain, reads). */
    double stepSeconds() {
        return size("step-seconds", 2, 8, 15);
    }

    /** Warm-up before the intake steps; half of it before the drain steps. */
    double warmupSeconds() {
        return size("warmup-seconds", 4, 40, 90);
    }

    /** How long a step waits for its last results (referrals, timeline entries, inbox polls). */
    long drainSeconds() {
        return size("drain-seconds", 30, 45, 90);
    }

    /** Bulk-loaded cases for the reads at scale. */
    long cases() {
        return size("cases", 2_000, 100_000, 1_000_000);
    }

    /** Bulk-loaded referrals for the reads at scale. */
    long referrals() {
        return size("referrals", 10_000, 1_000_000, 10_000_000);
    }

    /** Active banks for the nationwide inquiry and the loaded referrals: ICBC and BOC, and the bench's own. */
    int banks() {
        return (int) size("banks", 20, 4_000, 4_000);
    }

    /** What this run's mode takes of the three. */
    <T> T pick(T smoke, T quick, T full) {
        return switch (mode) {
            case SMOKE -> smoke;
            case QUICK -> quick;
            case FULL -> full;
        };
    }
}
