package cn.lianxi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke check on reports written by {@link Report} itself: a sound run passes; a scenario that failed, did not
 * run, measured nothing or had errors is named.
 */
class ReportCheckTest {

    @TempDir
    Path dir;

    /** A series of {@code ok} operations that succeeded and {@code errors} that failed. */
    private static Lat series(String name, int ok, int errors) {
        Lat lat = new Lat(name, 10);
        for (int i = 0; i < ok; i++) {
            lat.record(1_000 + i);
        }
        lat.offered = ok + errors;
        lat.errors = errors;
        lat.seconds = 1;
        return lat;
    }

    /** The report of a run of every scenario, each measuring one series, but {@code key}'s, which {@code odd} writes. */
    private String report(String key, OddScenario odd) throws Exception {
        Report report = new Report(new Env(dir, dir, Env.Mode.SMOKE, "", "", Map.of()));
        for (String k : Bench.SCENARIOS) {
            if (k.equals(key)) {
                odd.write(report, "Scenario " + k);
            } else {
                report.scenario(k, "Scenario " + k, Report.table(List.of(series("GET /x", 5, 0))), null);
            }
        }
        report.write(dir);
        return Files.readString(dir.resolve("REPORT.md"));
    }

    interface OddScenario {
        void write(Report report, String title);
    }

    @Test
    void aRunInWhichEveryScenarioMeasuredWithoutErrorsPasses() throws Exception {
        String md = report("raw", (r, title) -> r.scenario("raw", title,
                "| limit | figure |\n|---|---|\n| Kafka producer | 5000 records/s |\n", null));
        assertEquals(List.of(), ReportCheck.problems(md, Bench.SCENARIOS));
    }

    @Test
    void aFailedScenarioIsNamedWithItsFailure() throws Exception {
        String md = report("fanout", (r, title) -> r.scenario("fanout", title, null,
                new IllegalStateException("HTTP 400: legalBasis | must not be null")));
        assertEquals(List.of("Scenario fanout: **Failed**: java.lang.IllegalStateException: HTTP 400: legalBasis | "
                + "must not be null"), ReportCheck.problems(md, Bench.SCENARIOS));
    }

    @Test
    void aScenarioThatDidNotRunIsNamed() throws Exception {
        String md = report("drain", (r, title) -> { });
        assertEquals(List.of("scenario drain did not run"), ReportCheck.problems(md, Bench.SCENARIOS));
    }

    @Test
    void aScenarioWhoseSeriesHaveNoSuccessfulOperationMeasuredNothing() throws Exception {
        String md = report("reads", (r, title) -> r.scenario("reads", title,
                Report.table(List.of(series("cases by respondent id", 0, 0))) + "\nNo walk went deep.\n", null));
        assertEquals(List.of("Scenario reads: no measured figure"), ReportCheck.problems(md, Bench.SCENARIOS));
    }

    @Test
    void aSeriesWithErrorsIsAProblemEvenBesideMeasuredOnes() throws Exception {
        String md = report("http", (r, title) -> r.scenario("http", title, Report.table(List.of(
                series("HTTP batch accepted (1/batch)", 20, 0), series("event → referral in ICBC inbox", 18, 2))), null));
        assertEquals(List.of("Scenario http, event → referral in ICBC inbox: 2 errors"),
                ReportCheck.problems(md, Bench.SCENARIOS));
    }

    @Test
    void aReportWithoutItsSummaryIsAProblem() {
        assertEquals(List.of("the report has no Scenarios summary: the run ended before writing it"),
                ReportCheck.problems("# Lianxi benchmark report\n\n## Machine\n\n- nproc: 2\n", Bench.SCENARIOS));
    }
}
