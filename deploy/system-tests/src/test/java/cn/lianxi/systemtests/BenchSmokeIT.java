package cn.lianxi.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.lianxi.bench.Bench;
import cn.lianxi.bench.ReportCheck;

/**
 * The benchmark cannot rot: its program runs every scenario in smoke mode ({@code bench.mode=smoke}: a few seconds
 * each, one low rate, a few thousand bulk-loaded rows, 20 banks) against this run's platform, as
 * {@code bench/run --home} would, and each scenario must have run without a failure or an error and measured
 * something ({@link ReportCheck}). No figure is judged: a CI machine busy with the whole build says nothing about
 * the platform's speed.
 * <p>
 * It runs after every other class but {@link LiveRecordsMatchAsyncApiIT} ({@link Order} with the
 * {@link ClassOrderer.OrderAnnotation} orderer of {@code junit-platform.properties}): the bench registers banks,
 * bulk-loads cases and referrals of court C320500 (case numbers {@code L…}, {@code B…}) and drains ICBC's and BOC's
 * queues, which would change what the other classes count; and the contract check then validates the records the
 * bench's load made the services write.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 1)
class BenchSmokeIT {

    /** Far above the smoke's minute or so: only a bench that hangs reaches it. */
    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void everyScenarioOfTheBenchmarkRunsAndMeasures(Platform platform) throws Exception {
        Path out = Path.of("target", "bench-smoke").toAbsolutePath();
        Files.deleteIfExists(out.resolve("REPORT.md"));   // an earlier run's report must not stand in for this one's
        // the bench's own JVM (it ends with System.exit) on this JVM's class path, which holds the bench and its
        // dependencies
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dlianxi.home=" + platform.home(), "-Dlianxi.db.suffix=" + Platform.dbSuffix(),
                "-Dbench.mode=smoke", "-Dbench.out=" + out, "-Dbench.launcher-output=none",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", Bench.class.getName());
        long begin = System.nanoTime();
        Process bench = new ProcessBuilder(command).redirectErrorStream(true).start();
        // through this JVM's own output: the forked test JVM's standard output is the build's channel to it
        CompletableFuture<Void> output = CompletableFuture.runAsync(() -> new BufferedReader(new InputStreamReader(
                bench.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(System.out::println));
        try {
            assertTrue(bench.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the smoke run took over " + TIMEOUT_SECONDS + " s");
        } finally {
            bench.destroyForcibly();
            output.join();
        }
        System.out.printf("[bench-smoke] %.1f s, report %s%n", (System.nanoTime() - begin) / 1e9, out.resolve("REPORT.md"));
        assertEquals(0, bench.exitValue(), "the bench program failed (its output is above)");
        String report = Files.readString(out.resolve("REPORT.md"));
        assertEquals(List.of(), ReportCheck.problems(report, Bench.SCENARIOS), "the smoke report:\n" + report);
    }
}
