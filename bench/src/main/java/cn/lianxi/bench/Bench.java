package cn.lianxi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every scenario against the platform named by -Dlianxi.home (started by bench/run, or the system tests'
 * platform for the smoke run) and writes REPORT.md and latency.svg. Each scenario is bounded in time; one that fails
 * is reported as failed and the run goes on.
 */
public final class Bench {

    /** Every scenario's key, in the order they run; {@code -Dbench.scenarios} selects some of them. */
    public static final List<String> SCENARIOS = List.of("raw", "http", "kafka", "gateway", "drain", "fanout", "reads",
            "idle");

    private final Env env;
    private final Api api;
    private final Report report;
    private final Resources resources;
    private final RawLimits raw;
    private Connection cases;
    private Connection liaison;
    private double sustainedHttp;
    private double sustainedKafka;

    private Bench(Env env) {
        this.env = env;
        this.api = new Api(env);
        this.report = new Report(env);
        this.resources = new Resources(env.home());
        this.raw = new RawLimits(env);
        this.cases = Db.connect(env, "lianxi_case");
        this.liaison = Db.connect(env, "lianxi_liaison");
    }

    public static void main(String[] args) throws Exception {
        Env env = Env.fromSystemProperties();
        Bench bench = new Bench(env);
        int status = 0;
        try {
            bench.runAll();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        } finally {
            bench.resources.close();
        }
        System.exit(status);   // the HTTP client's threads would keep the JVM alive
    }

    /** -Dbench.scenarios=raw,http,kafka,gateway,drain,fanout,reads selects scenarios (all by default). */
    private static boolean selected(String key) {
        String only = System.getProperty("bench.scenarios", "all");
        if (only.equals("all")) {
            return true;
        }
        List<String> keys = List.of(only.split(","));
        keys.stream().filter(k -> !SCENARIOS.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("bench.scenarios: no scenario " + k + " (there are " + SCENARIOS + ")");
        });
        return keys.contains(key);
    }

    interface Scenario {
        String run() throws Exception;
    }

    private void scenario(String key, String title, Scenario s) throws Exception {
        if (!selected(key)) {
            return;
        }
        System.out.println("[bench] === " + title);
        reconnectIfLost();
        Resources.Window w = resources.begin(title);
        String text = null;
        Throwable failure = null;
        try {
            text = s.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            failure = e;
        }
        resources.end(w);
        report.resources(w);
        report.scenario(key, title, text, failure);
        report.write(env.out());
    }

    /** A shared PostgreSQL may drop connections (another engineer restarting it): start each scenario afresh. */
    private void reconnectIfLost() {
        try {
            if (!cases.isValid(2)) {
                cases = Db.connect(env, "lianxi_case");
            }
            if (!liaison.isValid(2)) {
                liaison = Db.connect(env, "lianxi_liaison");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void runAll() throws Exception {
        Path launcherOut = System.getProperty("bench.launcher-output") == null ? null
                : Path.of(System.getProperty("bench.launcher-output"));
        report.section("Start-up", Report.startup(launcherOut, env.home().resolve("logs"))
                + "\nRSS right after start-up (MB): " + resources.rssNowMb() + "\n");
        scenario("raw", "Raw limits (same machine, same run)", this::rawLimits);
        Map<String, List<double[]>> chart = new LinkedHashMap<>();
        boolean[] warm = {false};
        // smoke: one low rate, no escalation
        double[] rates = env.pick(new double[] {10}, new double[] {10, 25, 50, 100, 200, 400},
                new double[] {10, 25, 50, 100, 200, 300, 500, 750, 1000});
        double step = env.stepSeconds();
        for (String channel : List.of("http", "kafka")) {
            scenario(channel, "Court intake over " + (channel.equals("http") ? "HTTP batches" : "Kafka") + ", end to end",
                    () -> {
                        Intake intake = new Intake(env, api, liaison);
                        try {
                            if (!warm[0]) {
                                intake.warmUp();
                                warm[0] = true;
                            }
                            return intakeRamp(intake, channel, rates, step, chart);
                        } finally {
                            intake.close();
                        }
                    });
        }
        Files.createDirectories(env.out());
        if (!chart.isEmpty()) {
            Files.writeString(env.out().resolve("latency.svg"), Chart.svg("Court event → referral in the bank's inbox", chart));
        }
        scenario("gateway", "Gateway overhead", () -> {
            List<Lat> l = new Reads(env, api).gatewayOverhead(env.size("gateway-rate", 10, 50, 100), step);
            return Report.table(l) + String.format("%nGateway p50 overhead: %.1f ms on %.1f ms direct (%.0f%%).%n",
                    l.get(1).ms(50) - l.get(0).ms(50), l.get(0).ms(50), 100 * (l.get(1).ms(50) / l.get(0).ms(50) - 1));
        });
        scenario("drain", "Banks drain their queues and answer (sustained mix)", this::drain);
        long[] bankCount = new long[1];
        scenario("fanout", String.format("Nationwide bank inquiry (总对总) to %,d banks", env.banks()), () -> {
            Banks banks = new Banks(env, api, liaison, cases);
            List<Banks.FiledCase> filed = banks.fileCases((int) env.size("fanout-count", 2, 6, 20));
            bankCount[0] = banks.registerBanks(env.banks());
            return "Active banks: " + bankCount[0] + ". One inquiry every 2 s, each about a case the court filed just "
                    + "before; each `POST /api/bank-inquiries` answers "
                    + "202 after the transaction that creates every bank's referral has committed, so its latency is "
                    + "the time until all referrals are queryable; the consolidated view is then read back.\n\n"
                    + Report.table(banks.fanOut(filed, bankCount[0], 0.5));
        });
        Loader loader = new Loader();
        String loadedTag = System.getProperty("bench.loaded-tag");
        if (loadedTag != null) {
            loader.reuse(loadedTag, env.cases(), env.referrals());
        } else {
            scenario("reads", "Bulk load (COPY)", () -> {
                loader.connect(cases, liaison);
                // the referrals go to the fan-out's banks; register them when that scenario did not run
                if (bankCount[0] == 0) {
                    new Banks(env, api, liaison, cases).registerBanks(env.banks());
                }
                loader.load(env.cases(), env.referrals(), Banks.benchBanks(env.banks()));
                return String.format("| what | rows | seconds | rows/s |%n|---|---|---|---|%n| cases (+2 parties each) | %d | %.1f | %.0f |%n"
                        + "| referrals | %d | %.1f | %.0f |%n%nReferrals: COPY %.1f s with the secondary indexes dropped, then "
                        + "rebuilding them and VACUUM ANALYZE %.1f s. Database sizes after the load: case %s, liaison %s.%n",
                        loader.caseCount, loader.caseSeconds, loader.caseCount / loader.caseSeconds, loader.referralCount,
                        loader.referralSeconds, loader.referralCount / loader.referralSeconds, loader.referralCopySeconds,
                        loader.referralIndexSeconds, Loader.size(cases), Loader.size(liaison));
            });
        }
        scenario("reads", "Reads at scale", () -> {
            Reads reads = new Reads(env, api);
            String table = Report.table(reads.atScale(loader, env.size("read-rate", 10, 20, 50), step));
            return table + "\n" + reads.walkNotes();
        });
        scenario("idle", "The idle platform", this::idle);
        report.write(env.out());
        System.out.println("[bench] report: " + env.out().resolve("REPORT.md").toAbsolutePath());
    }

    private String rawLimits() throws Exception {
        raw.kafka(env.size("kafka-seconds", 2, 6, 15));
        int secs = (int) env.size("pgbench-seconds", 1, 5, 15);
        raw.postgres(cases, new int[] {1, 4}, secs);
        StringBuilder s = new StringBuilder("| limit | figure |\n|---|---|\n");
        s.append(String.format("| Kafka producer, acks=all, idempotent, 1 KB records | %.0f records/s |%n", raw.kafkaProduced));
        s.append(String.format("| Kafka consumer (same records) | %.0f records/s |%n", raw.kafkaConsumed));
        raw.pg.forEach((c, v) -> s.append(String.format("| pgbench -c %d: single-row INSERT commits | %.0f /s |%n"
                + "| pgbench -c %d: 1,000-row INSERT … SELECT batches | %.0f rows/s |%n", c, v[0], c, v[1])));
        return s.toString();
    }

    private String intakeRamp(Intake intake, String channel, double[] rates, double step,
            Map<String, List<double[]>> chart) throws Exception {
        List<Intake.Step> steps = intake.ramp(channel, rates, step);
        StringBuilder s = new StringBuilder();
        List<double[]> p50 = new ArrayList<>();
        List<double[]> p99 = new ArrayList<>();
        double sustained = 0;
        for (Intake.Step st : steps) {
            s.append(String.format("**%.0f events/s**%n%n", st.rate()));
            List<Lat> lats = new ArrayList<>(List.of(st.accepted(), st.endToEnd()));
            if (st.inboxPoll().ok() + st.inboxPoll().errors > 0) {
                lats.add(st.inboxPoll());
            }
            s.append(Report.table(lats));
            s.append(cpuLine(st.cpuMsPerEvent(), "event", st.rate()));
            p50.add(new double[] {st.rate(), st.endToEnd().ms(50)});
            p99.add(new double[] {st.rate(), st.endToEnd().ms(99)});
            if (st.endToEnd().errors == 0 && st.endToEnd().ms(99) <= 1000) {
                sustained = Math.max(sustained, st.endToEnd().throughput());
            }
        }
        chart.put(channel + " p50", p50);
        chart.put(channel + " p99", p99);
        if (channel.equals("http")) {
            sustainedHttp = sustained;
        } else {
            sustainedKafka = sustained;
        }
        s.append(String.format("Highest sustained end-to-end rate with p99 ≤ 1 s and nothing missing: **%.1f events/s**.%n", sustained));
        double best = sustained;
        raw.pg.forEach((c, v) -> s.append(String.format("- = %.1f%% of PostgreSQL single-row commits at -c %d (%.0f/s), "
                + "%.2f%% of its batch-insert rows (%.0f/s)%n", 100 * best / v[0], c, v[0], 100 * best / v[1], v[1])));
        if (raw.kafkaProduced > 0) {   // the raw limits ran in this run
            s.append(String.format("- = %.2f%% of the Kafka producer limit (%.0f/s)%n", 100 * best / raw.kafkaProduced,
                    raw.kafkaProduced));
        }
        return s.toString();
    }

    private String drain() throws Exception {
        Banks banks = new Banks(env, api, liaison, cases);
        double[] rates = env.pick(new double[] {10}, new double[] {50, 100, 200}, new double[] {100, 250, 500, 1000, 2000});
        StringBuilder s = new StringBuilder("ICBC's and BOC's systems claim referrals (leases of 100) and then answer "
                + "the intake's bank inquiries among them at a fixed rate; the answer → case timeline latency runs from the intended answer time to the "
                + "timeline entry case-service writes from the `liaison.outcomes.v1` outcome.\n\n");
        // the answer path (answer, outcome relay, case-service's outcome consumer) is not run by the intake warm-up
        Banks.DrainStep warmUp = banks.drain(10, env.warmupSeconds() / 2);
        System.out.printf("[bench] drain warm-up 10/s: timeline p99 %s ms, missing %d%n", Lat.f(warmUp.timeline().ms(99)),
                warmUp.timeline().errors);
        for (double rate : rates) {
            Banks.DrainStep step = banks.drain(rate, env.stepSeconds());
            s.append(String.format("**%.0f answers/s**%n%n", rate)).append(Report.table(step.lats()));
            s.append(cpuLine(step.cpuMsPerAnswer(), "answer", rate));
            System.out.printf("[bench] drain %.0f/s: timeline p99 %s ms, missing %d, %.1f ms CPU/answer%n", rate,
                    Lat.f(step.timeline().ms(99)), step.timeline().errors, step.cpuMsPerAnswer());
            if (step.timeline().ms(99) > 1000 || step.lats().get(1).offered < rate * 2) {
                break;
            }
        }
        return s.toString();
    }

    /**
     * What the platform burns with no traffic at all (issue 22: at most 5 % of one core in total, Kafka and Keycloak
     * included): each component's and PostgreSQL's CPU over a quiet spell, after a pause for the last scenario's
     * work (relays, consumers, the audit chain) to finish.
     */
    private String idle() throws InterruptedException {
        Thread.sleep(1_000 * env.size("idle-settle-seconds", 2, 20, 30));
        long seconds = env.size("idle-seconds", 3, 60, 120);
        Map<String, Long> before = Resources.componentTicks(env.home());
        long pgBefore = Resources.postgresTicks();
        long start = System.nanoTime();
        Thread.sleep(1_000 * seconds);
        Map<String, Long> after = Resources.componentTicks(env.home());
        long pg = Resources.postgresTicks() - pgBefore;
        double secs = (System.nanoTime() - start) / 1e9;
        StringBuilder s = new StringBuilder(String.format("No traffic for %.0f s.%n%n| process | CPU, %% of one core |"
                + "%n|---|---|%n", secs));
        long total = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long used = e.getValue() - before.getOrDefault(e.getKey(), e.getValue());
            total += used;
            s.append(String.format("| %s | %.2f |%n", e.getKey(), percentOfCore(used, secs)));
        }
        double platform = percentOfCore(total, secs);
        s.append(String.format("| **platform** (the above) | **%.2f** |%n| PostgreSQL (every `postgres` process of the "
                + "machine) | %.2f |%n%n", platform, percentOfCore(pg, secs)));
        return s.append(String.format("Idle platform: %.2f %% of one core (target ≤ 5 %%).%n", platform)).toString();
    }

    private static double percentOfCore(long ticks, double seconds) {
        return 100.0 * ticks / Resources.TICKS_PER_SECOND / seconds;
    }

    /** The platform's CPU per unit of work, and the share of the machine's two cores it takes at {@code rate}/s. */
    private static String cpuLine(double msPerUnit, String unit, double rate) {
        return String.format("Platform CPU (Kafka, Keycloak, the four services; not PostgreSQL): %.1f ms per %s "
                + "= %.0f%% of the two cores at this rate.%n%n", msPerUnit, unit, msPerUnit * rate / 20);
    }
}
