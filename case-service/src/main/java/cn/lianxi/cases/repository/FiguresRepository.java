package cn.lianxi.cases.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The figures of a period and the assessment's per month (案件统计, 考核指标), counted by PostgreSQL: one statement per
 * figure, each restricted to a set of courts ({@code courts} null: every court). Moments are compared in UTC; a
 * conclusion is the case's CASE_CONCLUDED timeline entry, a resumption (恢复执行) its STATUS_CHANGED entry from
 * CONCLUDED, an agency's answer its OUTCOME_RECORDED entry.
 */
@ApplicationScoped
public class FiguresRepository {

    /** A count of one court (and one key: a conclusion type, or none). */
    public record Count(String courtCode, String key, long n) {
    }

    /** A sum of money of one court. */
    public record Amount(String courtCode, BigDecimal amount) {
    }

    /** A count of one court and month. */
    public record MonthCount(String courtCode, YearMonth month, long n) {
    }

    /** The conclusions of one court and month with what the assessment derives from them. */
    public record MonthConclusions(String courtCode, YearMonth month, long concluded, long totalDays,
            BigDecimal owed, BigDecimal recovered, long terminal, long terminalResumed) {
    }

    /** One agency's answers to one court's measures in one month. */
    public record MonthAnswers(String courtCode, YearMonth month, String agencyId, long answered, long withinDeadline) {
    }

    private static final String COURTS = "($3::text[] IS NULL OR c.court_code = ANY($3))";
    private static final String MONTH_OF_AT = "to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM')";
    /** A resumption entry {@code r} of the case of {@code t} after it. */
    private static final String RESUMED_AFTER = "EXISTS (SELECT 1 FROM timeline_entry r WHERE r.case_id = t.case_id "
            + "AND r.kind = $6 AND r.at > t.at AND r.detail::jsonb ->> 'from' = $7)";

    private static final String FILED = "SELECT c.court_code, NULL AS key, count(*) AS n FROM enforcement_case c "
            + "WHERE c.filed_on >= $1 AND c.filed_on <= $2 AND " + COURTS + " GROUP BY c.court_code";
    private static final String CONCLUDED = "SELECT c.court_code, t.detail::jsonb ->> 'conclusionType' AS key, "
            + "count(*) AS n FROM timeline_entry t JOIN enforcement_case c ON c.id = t.case_id "
            + "WHERE t.kind = $4 AND t.at >= $1 AND t.at < $2 AND " + COURTS + " GROUP BY 1, 2";
    private static final String RECOVERED = "SELECT c.court_code, round(sum(r.amount), 2) AS amount "
            + "FROM recovery r JOIN enforcement_case c ON c.id = r.case_id "
            + "WHERE r.counted AND r.at >= $1 AND r.at < $2 AND " + COURTS + " GROUP BY c.court_code";

    private static final String FILED_BY_MONTH = "SELECT c.court_code, to_char(c.filed_on, 'YYYY-MM') AS month, "
            + "count(*) AS n FROM enforcement_case c WHERE c.filed_on >= $1 AND c.filed_on <= $2 AND " + COURTS
            + " GROUP BY 1, 2";
    /**
     * The cases open at each month's start (旧存): filed before it, and no conclusion before it that no resumption
     * before it undid.
     */
    private static final String OPEN_AT_START = "SELECT c.court_code, to_char(m.start, 'YYYY-MM') AS month, "
            + "count(*) AS n FROM generate_series($1::timestamp, $2::timestamp, interval '1 month') AS m(start) "
            + "JOIN enforcement_case c ON c.filed_on < m.start::date WHERE " + COURTS + " AND NOT EXISTS ("
            + "SELECT 1 FROM timeline_entry t WHERE t.case_id = c.id AND t.kind = $4 "
            + "AND t.at < (m.start AT TIME ZONE 'UTC') AND NOT EXISTS (SELECT 1 FROM timeline_entry r "
            + "WHERE r.case_id = c.id AND r.kind = $5 AND r.at > t.at AND r.at < (m.start AT TIME ZONE 'UTC') "
            + "AND r.detail::jsonb ->> 'from' = $6)) GROUP BY 1, 2";
    private static final String CONCLUSIONS_BY_MONTH = "SELECT c.court_code, " + MONTH_OF_AT.formatted("t.at")
            + " AS month, count(*) AS concluded, "
            + "coalesce(sum((t.at AT TIME ZONE 'UTC')::date - c.filed_on), 0) AS days, "
            + "round(sum(c.amount_owed), 2) AS owed, round(sum(c.amount_recovered), 2) AS recovered, "
            + "count(*) FILTER (WHERE t.detail::jsonb ->> 'conclusionType' = $4) AS terminal, "
            + "count(*) FILTER (WHERE t.detail::jsonb ->> 'conclusionType' = $4 AND " + RESUMED_AFTER + ") AS resumed "
            + "FROM timeline_entry t JOIN enforcement_case c ON c.id = t.case_id "
            + "WHERE t.kind = $5 AND t.at >= $1 AND t.at < $2 AND " + COURTS + " GROUP BY 1, 2";
    private static final String RESUMED_BY_MONTH = "SELECT c.court_code, " + MONTH_OF_AT.formatted("r.at")
            + " AS month, count(*) AS n FROM timeline_entry r JOIN enforcement_case c ON c.id = r.case_id "
            + "WHERE r.kind = $4 AND r.detail::jsonb ->> 'from' = $5 AND r.at >= $1 AND r.at < $2 AND " + COURTS
            + " GROUP BY 1, 2";
    /**
     * Each referral's first answer (the agency's outcome on it), late when an escalation of the same referral came
     * before it; counted in the month of that answer.
     */
    private static final String ANSWERS_BY_MONTH = "SELECT c.court_code, " + MONTH_OF_AT.formatted("a.at")
            + " AS month, a.agency_id, count(*) AS answered, count(*) FILTER (WHERE NOT a.late) AS within "
            + "FROM (SELECT DISTINCT ON (t.case_id, t.detail::jsonb ->> 'referralId') t.case_id, t.at, "
            + "t.detail::jsonb ->> 'agencyId' AS agency_id, EXISTS (SELECT 1 FROM timeline_entry e "
            + "WHERE e.case_id = t.case_id AND e.kind = $4 AND e.at <= t.at AND e.detail::jsonb ->> 'outcome' = $5 "
            + "AND e.detail::jsonb ->> 'referralId' = t.detail::jsonb ->> 'referralId') AS late "
            + "FROM timeline_entry t WHERE t.kind = $4 AND t.at < $2 AND t.detail::jsonb ->> 'referralId' IS NOT NULL "
            + "AND t.detail::jsonb ->> 'outcome' = ANY($6) AND t.detail::jsonb ->> 'referralKind' = ANY($7) "
            + "ORDER BY t.case_id, t.detail::jsonb ->> 'referralId', t.at, t.seq) a "
            + "JOIN enforcement_case c ON c.id = a.case_id "
            + "WHERE a.at >= $1 AND a.agency_id IS NOT NULL AND " + COURTS + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";

    private final Pool pool;

    public FiguresRepository(Pool pool) {
        this.pool = pool;
    }

    /** Cases filed ({@code filedOn}) from {@code from} to {@code to}, both inclusive, per court. */
    public Uni<List<Count>> filed(LocalDate from, LocalDate to, Set<String> courts) {
        return query(FILED, Tuple.of(from, to, array(courts)), FiguresRepository::count);
    }

    /** Conclusions in {@code [start, end)} per court and conclusion type. */
    public Uni<List<Count>> concluded(OffsetDateTime start, OffsetDateTime end, Set<String> courts) {
        return query(CONCLUDED, Tuple.of(start, end, array(courts), CaseEventKind.CASE_CONCLUDED.name()),
                FiguresRepository::count);
    }

    /** Counted receipts of the case ledgers dated in {@code [start, end)}, per court. */
    public Uni<List<Amount>> recovered(OffsetDateTime start, OffsetDateTime end, Set<String> courts) {
        return query(RECOVERED, Tuple.of(start, end, array(courts)),
                row -> new Amount(row.getString("court_code"), row.getBigDecimal("amount")));
    }

    public Uni<List<MonthCount>> filedByMonth(YearMonth from, YearMonth to, Set<String> courts) {
        return query(FILED_BY_MONTH, Tuple.of(from.atDay(1), to.atEndOfMonth(), array(courts)),
                FiguresRepository::monthCount);
    }

    /** The cases open at the start of each month from {@code from} to {@code to}, per court. */
    public Uni<List<MonthCount>> openAtStart(YearMonth from, YearMonth to, Set<String> courts) {
        Tuple params = Tuple.tuple().addLocalDateTime(from.atDay(1).atStartOfDay())
                .addLocalDateTime(to.atDay(1).atStartOfDay()).addArrayOfString(array(courts))
                .addString(CaseEventKind.CASE_CONCLUDED.name()).addString(CaseEventKind.STATUS_CHANGED.name())
                .addString(CaseStatus.CONCLUDED.name());
        return query(OPEN_AT_START, params, FiguresRepository::monthCount);
    }

    public Uni<List<MonthConclusions>> conclusionsByMonth(OffsetDateTime start, OffsetDateTime end,
            Set<String> courts) {
        Tuple params = Tuple.tuple().addOffsetDateTime(start).addOffsetDateTime(end).addArrayOfString(array(courts))
                .addString(ConclusionType.TERMINATION_OF_THIS_ROUND.name())
                .addString(CaseEventKind.CASE_CONCLUDED.name()).addString(CaseEventKind.STATUS_CHANGED.name())
                .addString(CaseStatus.CONCLUDED.name());
        return query(CONCLUSIONS_BY_MONTH, params, row -> new MonthConclusions(row.getString("court_code"),
                YearMonth.parse(row.getString("month")), row.getLong("concluded"), row.getLong("days"),
                row.getBigDecimal("owed"), row.getBigDecimal("recovered"), row.getLong("terminal"),
                row.getLong("resumed")));
    }

    public Uni<List<MonthCount>> resumedByMonth(OffsetDateTime start, OffsetDateTime end, Set<String> courts) {
        return query(RESUMED_BY_MONTH, Tuple.of(start, end, array(courts), CaseEventKind.STATUS_CHANGED.name(),
                CaseStatus.CONCLUDED.name()), FiguresRepository::monthCount);
    }

    /** The agencies' {@code answers} to measures of {@code kinds} in {@code [start, end)}, per court and month. */
    public Uni<List<MonthAnswers>> answersByMonth(OffsetDateTime start, OffsetDateTime end, Set<String> courts,
            Collection<OutcomeType> answers, Collection<ReferralKind> kinds) {
        Tuple params = Tuple.tuple().addOffsetDateTime(start).addOffsetDateTime(end).addArrayOfString(array(courts))
                .addString(CaseEventKind.OUTCOME_RECORDED.name()).addString(OutcomeType.ESCALATED.name())
                .addArrayOfString(names(answers)).addArrayOfString(names(kinds));
        return query(ANSWERS_BY_MONTH, params, row -> new MonthAnswers(row.getString("court_code"),
                YearMonth.parse(row.getString("month")), row.getString("agency_id"), row.getLong("answered"),
                row.getLong("within")));
    }

    private <T> Uni<List<T>> query(String sql, Tuple params, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(params).map(rows -> map(rows, mapper));
    }

    private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> list = new ArrayList<>();
        for (Row row : rows) {
            list.add(mapper.apply(row));
        }
        return list;
    }

    private static Count count(Row row) {
        return new Count(row.getString("court_code"), row.getString("key"), row.getLong("n"));
    }

    private static MonthCount monthCount(Row row) {
        return new MonthCount(row.getString("court_code"), YearMonth.parse(row.getString("month")), row.getLong("n"));
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static String[] array(Set<String> courts) {
        return courts == null ? null : courts.toArray(String[]::new);
    }
}
