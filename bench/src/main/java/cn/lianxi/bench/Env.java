package cn.lianxi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Where the platform runs (the launcher's ports.env and pid files) and how big the run is (quick or full). */
record Env(Path home, Path out, boolean full, String dbSuffix, String dbPassword, Map<String, String> ports) {

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
                "full".equals(System.getProperty("bench.mode", "quick")),
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

    /** A size that is {@code quick} in quick mode and {@code full} with --full; -Dbench.<name>=n overrides both. */
    long size(String name, long quick, long fullSize) {
        String v = System.getProperty("bench." + name);
        return v != null ? Long.parseLong(v) : full ? fullSize : quick;
    }
}
