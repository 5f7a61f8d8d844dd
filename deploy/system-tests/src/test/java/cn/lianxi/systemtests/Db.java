package cn.lianxi.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads (and, for the tamper test only, alters) the platform's system-test databases with {@code psql}: as the
 * service's own role over TCP for counts, as the {@code postgres} superuser through the local socket for what only
 * a superuser may do. The databases are the {@code _it} ones the launcher gave the platform.
 */
final class Db {

    private static final String PASSWORD = System.getenv().getOrDefault("LIANXI_DB_PASSWORD", "lianxi-dev-only");

    private Db() {
    }

    /** {@code case}, {@code liaison} or {@code credit} → the database of this run. */
    static String name(String service) {
        return "lianxi_" + service + System.getenv().getOrDefault("LIANXI_DB_SUFFIX", "") + "_it";
    }

    /** One query as the service's role; rows joined by newlines, columns by '|'. */
    static String query(String service, String sql) {
        ProcessBuilder pb = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "lianxi_" + service, "-d", name(service),
                "-AtXq", "-v", "ON_ERROR_STOP=1", "-c", sql);
        pb.environment().put("PGPASSWORD", PASSWORD);
        pb.environment().put("PGCONNECT_TIMEOUT", "5");
        return run(pb);
    }

    static long count(String service, String sql) {
        String out = query(service, sql).trim();
        return out.isEmpty() ? 0 : Long.parseLong(out);
    }

    /** Statements as the postgres superuser in ONE session (so a SET applies to the statements after it). */
    static String superuser(String service, String... statements) {
        List<String> cmd = new ArrayList<>(asPostgres());
        cmd.addAll(List.of("psql", "-d", name(service), "-AtXq", "-v", "ON_ERROR_STOP=1"));
        for (String s : statements) {
            cmd.add("-c");
            cmd.add(s);
        }
        return run(new ProcessBuilder(cmd));
    }

    /** Runs a command as the postgres OS user (we are root in CI; otherwise sudo without a password). */
    static List<String> asPostgres() {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? List.of("runuser", "-u", "postgres", "--") : List.of("sudo", "-n", "-u", "postgres");
    }

    static String run(ProcessBuilder pb) {
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", pb.command()) + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
