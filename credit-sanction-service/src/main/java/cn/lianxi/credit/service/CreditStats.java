package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.kit.time.PlatformClock;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;

/** The numbers the gateway's overview shows, in one SQL round trip. */
@ApplicationScoped
public class CreditStats {

    private static final String ENDED = "SELECT lifted_at, lift_due_by FROM dishonest_listing WHERE lifted_at IS NOT NULL "
            + "AND lift_due_by IS NOT NULL UNION ALL SELECT lifted_at, lift_due_by FROM restriction_order "
            + "WHERE lifted_at IS NOT NULL AND lift_due_by IS NOT NULL";
    private static final String SQL = "SELECT "
            + "(SELECT count(*) FROM dishonest_listing WHERE status = 'ACTIVE') AS active_listings, "
            + "(SELECT count(*) FROM restriction_order WHERE status = 'ACTIVE') AS active_restrictions, "
            + "(SELECT count(*) FROM (" + ENDED + ") e WHERE (e.lifted_at AT TIME ZONE 'Asia/Shanghai')::date "
            + "<= e.lift_due_by) AS on_time, "
            + "(SELECT count(*) FROM (" + ENDED + ") e WHERE (e.lifted_at AT TIME ZONE 'Asia/Shanghai')::date "
            + "> e.lift_due_by) AS late, "
            + "(SELECT count(*) FROM lift_obligation WHERE fulfilled_at IS NULL AND due_by < $1) AS overdue_duties, "
            + "(SELECT count(*) FROM correction_request WHERE status = 'OPEN' AND due_by < $1) AS overdue_corrections, "
            + "(SELECT count(*) FROM credit_repair WHERE status = 'PENDING') AS pending_repairs, "
            + "(SELECT count(*) FROM good_faith_record) AS good_faith_records";

    private final Pool pool;
    private final Clock clock;

    public CreditStats(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<StatsView> current() {
        LocalDate today = PlatformClock.today(clock);
        return pool.preparedQuery(SQL).execute(Tuple.of(today)).map(rows -> {
            Row r = rows.iterator().next();
            return new StatsView(r.getLong("active_listings"), r.getLong("active_restrictions"), r.getLong("on_time"),
                    r.getLong("late"), r.getLong("overdue_duties"), r.getLong("overdue_corrections"),
                    r.getLong("pending_repairs"), r.getLong("good_faith_records"));
        });
    }
}
