package cn.lianxi.liaison.repository;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The fan-out's dispatch insert finds the referrals of one court event by {@code source_event_id}; on the real
 * database that look-up has an index to use. With sequential scans priced out ({@code enable_seqscan = off}), the
 * plan names the index; without the index (before V7) it stays a sequential scan of the referral table.
 */
@QuarkusTest
class BankFanOutIndexTest {

    @Inject
    Pool pool;

    @Test
    void theReferralsOfOneCourtEventAreFoundByIndex() {
        String plan = pool.withTransaction(conn -> conn.query("SET LOCAL enable_seqscan = off").execute()
                .chain(() -> conn.preparedQuery("EXPLAIN SELECT r.id FROM referral r JOIN agency a ON a.id = "
                        + "r.agency_id WHERE r.source_event_id = $1 AND r.kind = 'BANK_INQUIRY' AND a.channel = 'KAFKA'")
                        .execute(Tuple.of(UUID.randomUUID()))))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(row -> row.getString(0))
                        .collect(Collectors.joining("\n")))
                .await().atMost(Duration.ofSeconds(20));

        assertTrue(plan.contains("referral_source_event"), plan);
    }
}
