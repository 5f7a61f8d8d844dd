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
    public record CourtBreaches(String courtCode, String clock, long breaches) {
    }

    /**
     * How many of one mechanism's items a court has in one state: 执转破 transfers, 报告财产令, reward notices and their
     * leads, requests for approval, and the measures that became referrals (with their referral {@code kind}).
     * {@code mechanism} is one of {@link #MECHANISMS}, {@code state} one of {@link #LEAD_STATES} or a constant of the
     * mechanism's own status enum; the dashboard names both from the catalogue (vocabularies {@code Mechanism} and
     * {@code MechanismState}).
     */
    public record CourtMechanism(String courtCode, String mechanism, String kind, String state, long count) {
    }

    /** The mechanisms {@link #mechanismsByCourt} counts. */
    public static final List<String> MECHANISMS = List.of("BANKRUPTCY_TRANSFER", "PROPERTY_REPORT_ORDER",
            "REWARD_NOTICE", "REWARD_LEAD", "APPROVAL", "MEASURE");

    /** A reward lead's state: not yet assessed, or found useful or not by the judge. */
    public static final List<String> LEAD_STATES = List.of("UNASSESSED", "USEFUL", "NOT_USEFUL");

    /** One row per item: its court, mechanism, kind (measures only) and state. */
    private static final String ITEMS = "SELECT court_code, 'BANKRUPTCY_TRANSFER' AS mechanism, NULL AS kind, "
            + "status AS state FROM bankruptcy_transfer "
            + "UNION ALL SELECT court_code, 'PROPERTY_REPORT_ORDER', NULL, status FROM property_report_order "
            + "UNION ALL SELECT court_code, 'REWARD_NOTICE', NULL, status FROM reward_notice "
            + "UNION ALL SELECT n.court_code, 'REWARD_LEAD', NULL, CASE WHEN l.useful THEN 'USEFUL' WHEN l.useful "
            + "IS NULL THEN 'UNASSESSED' ELSE 'NOT_USEFUL' END FROM reward_lead l JOIN reward_notice n "
            + "ON n.id = l.notice_id "
            + "UNION ALL SELECT court_code, 'APPROVAL', NULL, status FROM approval_request "
            + "UNION ALL SELECT c.court_code, 'MEASURE', m.referral_kind, m.state FROM case_measure m "
            + "JOIN enforcement_case c ON c.id = m.case_id";

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

    /** The counts of {@link CourtMechanism}, in court, mechanism and state order. */
    public Uni<List<CourtMechanism>> mechanismsByCourt(String courtCode) {
        return pool.preparedQuery("SELECT court_code, mechanism, kind, state, count(*) AS n FROM (" + ITEMS
                + ") m WHERE $1::text IS NULL OR court_code = $1 GROUP BY court_code, mechanism, kind, state "
                + "ORDER BY court_code, mechanism, kind, state")
                .execute(Tuple.of(courtCode))
                .map(rows -> {
                    List<CourtMechanism> counts = new ArrayList<>();
                    for (Row row : rows) {
                        counts.add(new CourtMechanism(row.getString("court_code"), row.getString("mechanism"),
                                row.getString("kind"), row.getString("state"), row.getLong("n")));
                    }
                    return counts;
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
