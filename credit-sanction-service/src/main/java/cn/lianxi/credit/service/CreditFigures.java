package cn.lianxi.credit.service;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.credit.CreditRepair;
import cn.lianxi.credit.service.CreditFiguresView.CourtCreditFigures;
import cn.lianxi.kit.time.ReportPeriod;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The credit figures of a period per court (信用惩戒统计): one SQL statement per figure, all run side by side; each
 * counts the rows whose moment falls in {@code [$1, $2)}.
 */
@ApplicationScoped
public class CreditFigures {

    /**
     * A listing deleted on or before its due day (法释〔2017〕7号 art. 10: three working days from the moment the
     * deletion became due, recorded as {@code lift_due_by}), the day of the deletion in China's calendar.
     */
    private static final String ON_TIME = "(lifted_at AT TIME ZONE 'Asia/Shanghai')::date <= lift_due_by";

    /** Each figure and the statement counting it per court. */
    enum Figure {
        LISTED("SELECT court_code, count(*) AS n FROM dishonest_listing "
                + "WHERE created_at >= $1 AND created_at < $2 GROUP BY court_code"),
        LIFTED("SELECT court_code, count(*) AS n FROM dishonest_listing "
                + "WHERE lifted_at >= $1 AND lifted_at < $2 GROUP BY court_code"),
        LIFTED_ON_TIME("SELECT court_code, count(*) AS n FROM dishonest_listing "
                + "WHERE lifted_at >= $1 AND lifted_at < $2 AND " + ON_TIME + " GROUP BY court_code"),
        LIFTED_LATE("SELECT court_code, count(*) AS n FROM dishonest_listing "
                + "WHERE lifted_at >= $1 AND lifted_at < $2 AND NOT " + ON_TIME + " GROUP BY court_code"),
        RESTRICTIONS_ISSUED("SELECT court_code, count(*) AS n FROM restriction_order "
                + "WHERE created_at >= $1 AND created_at < $2 GROUP BY court_code"),
        RESTRICTIONS_LIFTED("SELECT court_code, count(*) AS n FROM restriction_order "
                + "WHERE lifted_at >= $1 AND lifted_at < $2 GROUP BY court_code"),
        REPAIRS_REQUESTED("SELECT c.court_code, count(*) AS n FROM credit_repair r JOIN case_record c "
                + "ON c.id = r.case_id WHERE r.applied_at >= $1 AND r.applied_at < $2 GROUP BY c.court_code"),
        REPAIRS_GRANTED(decided(CreditRepair.Status.APPROVED)),
        REPAIRS_REJECTED(decided(CreditRepair.Status.REJECTED));

        private final String sql;

        Figure(String sql) {
            this.sql = sql;
        }

        private static String decided(CreditRepair.Status status) {
            return "SELECT c.court_code, count(*) AS n FROM credit_repair r JOIN case_record c ON c.id = r.case_id "
                    + "WHERE r.decided_at >= $1 AND r.decided_at < $2 AND r.status = '" + status.name() + "' "
                    + "GROUP BY c.court_code";
        }
    }

    private final Pool pool;

    public CreditFigures(Pool pool) {
        this.pool = pool;
    }

    public Uni<CreditFiguresView> of(ReportPeriod period) {
        Tuple bounds = Tuple.of(period.start(), period.end());
        List<Uni<Map<String, Long>>> counts = Arrays.stream(Figure.values())
                .map(f -> pool.preparedQuery(f.sql).execute(bounds).map(CreditFigures::byCourt)).toList();
        return Uni.combine().all().unis(counts).with(results -> {
            Map<Figure, Map<String, Long>> figures = new EnumMap<>(Figure.class);
            for (Figure f : Figure.values()) {
                @SuppressWarnings("unchecked")
                Map<String, Long> byCourt = (Map<String, Long>) results.get(f.ordinal());
                figures.put(f, byCourt);
            }
            return view(period, figures);
        });
    }

    private static CreditFiguresView view(ReportPeriod period, Map<Figure, Map<String, Long>> figures) {
        TreeSet<String> courts = new TreeSet<>();
        figures.values().forEach(byCourt -> courts.addAll(byCourt.keySet()));
        List<CourtCreditFigures> rows = courts.stream().map(court -> new CourtCreditFigures(court,
                count(figures, Figure.LISTED, court), count(figures, Figure.LIFTED, court),
                count(figures, Figure.LIFTED_ON_TIME, court), count(figures, Figure.LIFTED_LATE, court),
                count(figures, Figure.RESTRICTIONS_ISSUED, court), count(figures, Figure.RESTRICTIONS_LIFTED, court),
                count(figures, Figure.REPAIRS_REQUESTED, court), count(figures, Figure.REPAIRS_GRANTED, court),
                count(figures, Figure.REPAIRS_REJECTED, court))).toList();
        return new CreditFiguresView(period.from(), period.to(), rows);
    }

    private static long count(Map<Figure, Map<String, Long>> figures, Figure figure, String court) {
        return figures.get(figure).getOrDefault(court, 0L);
    }

    private static Map<String, Long> byCourt(RowSet<Row> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Row row : rows) {
            counts.put(row.getString("court_code"), row.getLong("n"));
        }
        return counts;
    }
}
