package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** The numbers behind the gateway's overview: aggregated in PostgreSQL, never by loading referrals. */
@ApplicationScoped
public class StatsService {

    private static final String OPEN = "status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED')";

    /** Open and overdue referrals of one agency and kind. */
    public record Load(String agencyId, String kind, long open, long overdue) {
    }

    /** Answer time (created → answered) in seconds, per referral kind. */
    public record AnswerTime(String kind, long answered, double p50Seconds, double p95Seconds, double p99Seconds) {
    }

    public record Stats(OffsetDateTime asOf, List<Load> referrals, List<AnswerTime> answerTimes,
            Map<String, Long> criminalReferralsByStage, Map<String, Long> keyTasksByState,
            Map<String, Long> missedReportsByUnit) {
    }

    private final Pool pool;
    private final Clock clock;

    public StatsService(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Stats> stats() {
        // "the current year" of the key tasks and the time stamp are China's (+08:00)
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(PlatformClock.ZONE));
        return Uni.combine().all().unis(load(now), answerTimes(), criminalByStage(), keyTasks(now.toLocalDate()),
                missedReports()).with((load, times, criminal, tasks, missed) -> new Stats(now, load, times, criminal,
                tasks, missed));
    }

    private Uni<List<Load>> load(OffsetDateTime now) {
        return pool.preparedQuery("SELECT agency_id, kind, count(*) AS open, count(*) FILTER (WHERE due_at < $1) AS "
                + "overdue FROM referral WHERE " + OPEN + " GROUP BY agency_id, kind ORDER BY agency_id, kind")
                .execute(Tuple.of(now))
                .map(rows -> map(rows, r -> new Load(r.getString("agency_id"), r.getString("kind"),
                        r.getLong("open"), r.getLong("overdue"))));
    }

    private Uni<List<AnswerTime>> answerTimes() {
        return pool.query("SELECT kind, count(*) AS answered, "
                + percentile(0.5, "p50") + ", " + percentile(0.95, "p95") + ", " + percentile(0.99, "p99")
                + " FROM referral WHERE answered_at IS NOT NULL GROUP BY kind ORDER BY kind").execute()
                .map(rows -> map(rows, r -> new AnswerTime(r.getString("kind"), r.getLong("answered"),
                        r.getDouble("p50"), r.getDouble("p95"), r.getDouble("p99"))));
    }

    private Uni<Map<String, Long>> criminalByStage() {
        return pool.query("SELECT stage AS k, count(*) AS n FROM criminal_referral GROUP BY stage ORDER BY stage")
                .execute().map(StatsService::counts);
    }

    private Uni<Map<String, Long>> keyTasks(LocalDate today) {
        return pool.preparedQuery("SELECT CASE WHEN done_on IS NOT NULL THEN 'DONE' WHEN due_on < $1 THEN 'LATE' "
                + "ELSE 'ON_TRACK' END AS k, count(*) AS n FROM jm_key_task WHERE year = $2 GROUP BY 1 ORDER BY 1")
                .execute(Tuple.of(today, today.getYear())).map(StatsService::counts);
    }

    /** Missed progress reports (逾期未报送, every one the reporting sweep marked) per owner unit. */
    private Uni<Map<String, Long>> missedReports() {
        return pool.query("SELECT unit AS k, count(*) AS n FROM jm_missed_report GROUP BY unit ORDER BY unit")
                .execute().map(StatsService::counts);
    }

    private static String percentile(double p, String alias) {
        return "percentile_cont(" + p + ") WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at)) AS "
                + alias;
    }

    private static Map<String, Long> counts(RowSet<Row> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.getString("k"), r.getLong("n")));
        return counts;
    }

    private static <T> List<T> map(RowSet<Row> rows, java.util.function.Function<Row, T> f) {
        List<T> list = new ArrayList<>();
        rows.forEach(r -> list.add(f.apply(r)));
        return list;
    }
}
