package cn.lianxi.cases.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.lianxi.kit.outbox.RetentionJanitor;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The kit's retention job on case-service's real database: sent outbox rows older than {@code lianxi.retention.outbox}
 * (7 days) and processed-event ids older than {@code lianxi.retention.processed-events} (30 days) go, newer ones and
 * unsent rows stay. It once failed at every run (an interval bound as a string), so nothing was ever pruned.
 */
@QuarkusTest
class RetentionJanitorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    RetentionJanitor janitor;

    @Inject
    Pool pool;

    @Test
    void oldSentOutboxRowsAndOldProcessedIdsArePrunedAndRecentOnesKept() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID oldSent = outboxRow(now.minusDays(8));
        UUID recentSent = outboxRow(now.minusDays(6));
        String consumer = "retention-test-" + UUID.randomUUID();
        processed(consumer, "old", now.minusDays(31));
        processed(consumer, "recent", now.minusDays(29));

        RetentionJanitor.Pruned pruned = janitor.prune().await().atMost(TIMEOUT);

        assertTrue(pruned.outboxRows() >= 1, "the old sent row is deleted: " + pruned);
        assertTrue(pruned.processedEvents() >= 1, "the old processed id is deleted: " + pruned);
        assertEquals(0, count("SELECT count(*) FROM outbox WHERE id = $1", oldSent));
        assertEquals(1, count("SELECT count(*) FROM outbox WHERE id = $1", recentSent));
        assertEquals(0, count("SELECT count(*) FROM processed_event WHERE consumer = $1 AND event_id = 'old'", consumer));
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE consumer = $1 AND event_id = 'recent'",
                consumer));
    }

    private UUID outboxRow(OffsetDateTime sentAt) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO outbox (id, topic, message_key, ce_type, payload, created_at, sent_at) "
                + "VALUES ($1, 'retention.test', 'k', 'test', '{}'::jsonb, $2, $2)").execute(Tuple.of(id, sentAt))
                .await().atMost(TIMEOUT);
        return id;
    }

    private void processed(String consumer, String eventId, OffsetDateTime at) {
        pool.preparedQuery("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ($1, $2, $3)")
                .execute(Tuple.of(consumer, eventId, at)).await().atMost(TIMEOUT);
    }

    private long count(String sql, Object id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(TIMEOUT).iterator().next().getLong(0);
    }
}
