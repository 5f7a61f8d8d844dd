package cn.lianxi.cases.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Aggregates for the dashboard, computed by PostgreSQL on exact numerics. */
@ApplicationScoped
public class CaseStatsRepository {

    /** Cases of one court in one status, with their sums. */
    public record Group(String courtCode, String status, long cases, BigDecimal amountOwed, BigDecimal amountRecovered) {
    }

    /** Money recovered since the start of the day, month and year: the ledgers' counted receipts. */
    public record Recovered(BigDecimal today, BigDecimal thisMonth, BigDecimal thisYear) {
    }

    /**
     * Performance notices (执行通知书) of one court: the cases filed with one, and those whose debtor's own payments
     * covered the debt by its deadline (自动履行, good faith).
     */
    public record CourtNotices(String courtCode, long noticesIssued, long performedWithinNotice) {
    }

    /** Breached clocks (数据铁笼) of one court and kind. */
    public record CourtBreaches(String courtCode, String kind, long breaches) {
    }

    private final Pool pool;

    public CaseStatsRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Group>> byCourtAndStatus(String courtCode) {
        return pool.preparedQuery("SELECT court_code, status, count(*) AS cases, sum(amount_owed) AS owed, "
                + "sum(amount_recovered) AS recovered FROM enforcement_case WHERE $1::text IS NULL OR court_code = $1 "
                + "GROUP BY court_code, status ORDER BY court_code, status")
                .execute(Tuple.of(courtCode))
                .map(rows -> {
                    List<Group> groups = new ArrayList<>();
                    for (Row row : rows) {
                        groups.add(new Group(row.getString("court_code"), row.getString("status"),
                                row.getLong("cases"), row.getBigDecimal("owed"), row.getBigDecimal("recovered")));
                    }
                    return groups;
                });
    }

    /** Each court with a performance notice, in court order. */
    public Uni<List<CourtNotices>> noticesByCourt(String courtCode) {
        return pool.preparedQuery("SELECT court_code, count(*) AS issued, "
                + "count(*) FILTER (WHERE performed_within_notice_at IS NOT NULL) AS performed "
                + "FROM enforcement_case WHERE performance_due IS NOT NULL AND ($1::text IS NULL OR court_code = $1) "
                + "GROUP BY court_code ORDER BY court_code")
                .execute(Tuple.of(courtCode))
                .map(rows -> {
                    List<CourtNotices> notices = new ArrayList<>();
                    for (Row row : rows) {
                        notices.add(new CourtNotices(row.getString("court_code"), row.getLong("issued"),
                                row.getLong("performed")));
                    }
                    return notices;
                });
    }

    /** Each court and clock kind with a breach, in court and kind order. */
    public Uni<List<CourtBreaches>> breachesByCourt(String courtCode) {
        return pool.preparedQuery("SELECT court_code, kind, count(*) AS breaches FROM case_clock "
                + "WHERE breached_at IS NOT NULL AND ($1::text IS NULL OR court_code = $1) "
                + "GROUP BY court_code, kind ORDER BY court_code, kind")
                .execute(Tuple.of(courtCode))
                .map(rows -> {
                    List<CourtBreaches> breaches = new ArrayList<>();
                    for (Row row : rows) {
                        breaches.add(new CourtBreaches(row.getString("court_code"), row.getString("kind"),
                                row.getLong("breaches")));
                    }
                    return breaches;
                });
    }

    public Uni<Recovered> recovered(String courtCode, Instant dayStart, Instant monthStart, Instant yearStart) {
        // two decimals even for an empty sum: money is always answered with two decimals
        return pool.preparedQuery("SELECT round(coalesce(sum(r.amount) FILTER (WHERE r.at >= $2), 0), 2) AS today, "
                + "round(coalesce(sum(r.amount) FILTER (WHERE r.at >= $3), 0), 2) AS month, "
                + "round(coalesce(sum(r.amount) FILTER (WHERE r.at >= $4), 0), 2) AS year "
                + "FROM recovery r JOIN enforcement_case c ON c.id = r.case_id "
                + "WHERE r.counted AND r.at >= $4 AND ($1::text IS NULL OR c.court_code = $1)")
                .execute(Tuple.of(courtCode, utc(dayStart), utc(monthStart), utc(yearStart)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Recovered(row.getBigDecimal("today"), row.getBigDecimal("month"),
                            row.getBigDecimal("year"));
                });
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
