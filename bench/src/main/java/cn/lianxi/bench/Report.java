package cn.lianxi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown report, written section by section as the scenarios finish (a failed scenario says so), with a
 * summary of every scenario's result that {@link ReportCheck} reads.
 */
final class Report {

    /** The title of the summary section. */
    static final String SCENARIOS = "Scenarios";
    /** A scenario's result in the summary when it ran through. */
    static final String OK = "ok";
    private final StringBuilder md = new StringBuilder();
    private final StringBuilder summary = new StringBuilder("## " + SCENARIOS + "\n\n| key | scenario | result |\n|---|---|---|\n");
    private final StringBuilder resources = new StringBuilder();

    Report(Env env) {
        md.append("# Lianxi benchmark report\n\n").append(String.format("Run %s, mode **%s**, LIANXI_HOME `%s`.%n%n",
                java.time.ZonedDateTime.now().withNano(0), env.mode().name().toLowerCase(java.util.Locale.ROOT),
                env.home()));
        md.append("## Machine\n\n").append(machine()).append('\n');
        resources.append("## Resources per scenario\n\nPeak RSS (MB) and average CPU (% of one core) of each process "
                + "group, sampled from /proc every second; load average (1 min) before → after.\n\n| scenario | load | ")
                .append(String.join(" | ", Resources.COMPONENTS)).append(" | total RSS |\n|---|---|")
                .append("---|".repeat(Resources.COMPONENTS.size())).append("---|\n");
    }

    void section(String title, String text) {
        md.append("## ").append(title).append("\n\n").append(text).append("\n\n");
    }

    /** A scenario's section and its line in the summary: its text, or how it failed ({@code failure} not null). */
    void scenario(String key, String title, String text, Throwable failure) {
        String result = failure == null ? OK : "**Failed**: " + String.valueOf(failure).replaceAll("\\s+", " ");
        section(title, failure == null ? text : result);
        summary.append("| ").append(key).append(" | ").append(title).append(" | ")
                .append(result.replace("|", "\\|")).append(" |\n");
    }

    static String table(List<Lat> lats) {
        StringBuilder s = new StringBuilder(Lat.header()).append('\n');
        lats.forEach(l -> s.append(l.row()).append('\n'));
        lats.stream().filter(l -> !l.reasons.isEmpty()).forEach(l -> s.append("\nErrors of ").append(l.name)
                .append(": ").append(String.join(" · ", l.reasons)).append('\n'));
        return s.toString();
    }

    void resources(Resources.Window w) {
        resources.append("| ").append(w.name).append(String.format(" | %.1f → %.1f |", w.loadBefore, w.loadAfter));
        for (String c : Resources.COMPONENTS) {
            resources.append(String.format(" %d MB / %s%% |", w.rssMb(c), Lat.f(w.cpuPercent(c))));
        }
        resources.append(' ').append(w.totalRssMb()).append(" MB |\n");
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("REPORT.md"), md.toString() + summary + "\n" + resources + "\n");
    }

    /** Start-up figures from the launcher's output (stage ready times) and each service's own Quarkus line. */
    static String startup(Path launcherOutput, Path logs) throws IOException {
        StringBuilder s = new StringBuilder("| component | ready after (launcher, s since `up`) | own start-up |\n|---|---|---|\n");
        String out = launcherOutput != null && Files.exists(launcherOutput) ? Files.readString(launcherOutput) : "";
        for (String c : Resources.COMPONENTS) {
            Matcher m = Pattern.compile("\\] " + c + " ready \\((\\d+)s\\)").matcher(out);
            String ready = m.find() ? m.group(1) : "-";
            String own = "-";
            Path log = logs.resolve(c + ".log");
            if (Files.exists(log)) {
                Matcher q = Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
                while (q.find()) {
                    own = q.group(1) + " s (Quarkus)";
                }
            }
            s.append("| ").append(c).append(" | ").append(ready).append(" | ").append(own).append(" |\n");
        }
        Matcher up = Pattern.compile("up in (\\d+)s").matcher(out);
        s.append("\nWhole platform (`lianxi up`, services started in parallel after Kafka and Keycloak): ")
                .append(up.find() ? up.group(1) + " s" : "not measured (the platform was already running)").append(".\n");
        return s.toString();
    }

    private static String machine() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
            return String.format("- nproc: %d%n- CPU: %s%n- %s%n- load average at start: %s%n- Java %s%n",
                    Runtime.getRuntime().availableProcessors(), cpu, mem,
                    Files.readString(Path.of("/proc/loadavg")).trim(), System.getProperty("java.version"));
        } catch (IOException e) {
            return "unknown\n";
        }
    }
}
