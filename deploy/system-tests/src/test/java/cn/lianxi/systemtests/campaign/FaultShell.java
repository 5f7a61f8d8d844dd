package cn.lianxi.systemtests.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The operating-system commands the faults run (故障命令): signals and the PostgreSQL cluster's control. */
final class FaultShell {

    private FaultShell() {
    }

    /** {@code kill -<signal> <pid>}: Java can only terminate a process, not stop or resume one. */
    static void signal(String signal, long pid) {
        run(List.of("kill", "-" + signal, Long.toString(pid)));
    }

    /**
     * {@code pg_ctlcluster <version> <name> <action>} on the machine's one cluster, as FaultInjectionIT restarts it
     * (we are root in CI; {@code --skip-systemctl-redirect}: the cluster is not run by systemd here).
     */
    static void postgres(String action) {
        String[] cluster = run(List.of("pg_lsclusters", "--no-header")).trim().split("\\s+");
        run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", cluster[0], cluster[1], action));
    }

    /** Runs a command to its end (a minute at most); a failure carries its output. */
    static String run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
