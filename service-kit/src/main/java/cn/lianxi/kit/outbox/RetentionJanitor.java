package cn.lianxi.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps the outbox and the idempotency ledger from growing without bound: sent outbox rows are kept for
 * {@code lianxi.retention.outbox} (for replay and inspection), processed-event ids for
 * {@code lianxi.retention.processed-events}, which must exceed the longest redelivery window (Kafka retention).
 * Deletes run in bounded batches so they never hold long locks. The cut-off is a timestamp computed here from the
 * platform clock and bound as one: PostgreSQL's client refuses a Java string bound to {@code interval}, which once
 * made every run fail and the tables grow without bound.
 */
@ApplicationScoped
public class RetentionJanitor {

    private static final Logger LOG = Logger.getLogger(RetentionJanitor.class);
    private static final int BATCH = 10_000;

    private final Pool pool;
    private final Clock clock;
    private final Duration outboxRetention;
    private final Duration processedRetention;

    public RetentionJanitor(Pool pool, Clock clock,
            @ConfigProperty(name = "lianxi.retention.outbox", defaultValue = "P7D") Duration outboxRetention,
            @ConfigProperty(name = "lianxi.retention.processed-events", defaultValue = "P30D") Duration processedRetention) {
        this.pool = pool;
        this.clock = clock;
        this.outboxRetention = outboxRetention;
        this.processedRetention = processedRetention;
    }

    @Scheduled(every = "${lianxi.retention.interval:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return prune().onFailure().invoke(e -> LOG.warnf("retention pruning failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pruning of both tables; the rows deleted from each, outbox first. */
    public Uni<Pruned> prune() {
        return deleteOlder("DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE sent_at < $1 LIMIT "
                + BATCH + ")", outboxRetention)
                .chain(outbox -> deleteOlder("DELETE FROM processed_event WHERE (consumer, event_id) IN (SELECT "
                        + "consumer, event_id FROM processed_event WHERE processed_at < $1 LIMIT " + BATCH + ")",
                        processedRetention).map(processed -> new Pruned(outbox, processed)));
    }

    /** What one pruning deleted. */
    public record Pruned(int outboxRows, int processedEvents) {
    }

    /** Deletes batch after batch until a batch comes back short. */
    private Uni<Integer> deleteOlder(String sql, Duration age) {
        OffsetDateTime cutOff = OffsetDateTime.ofInstant(clock.instant().minus(age), ZoneOffset.UTC);
        return pool.preparedQuery(sql).execute(Tuple.of(cutOff))
                .map(rows -> rows.rowCount())
                .chain(deleted -> deleted == BATCH ? deleteOlder(sql, age).map(more -> deleted + more)
                        : Uni.createFrom().item(deleted));
    }
}
