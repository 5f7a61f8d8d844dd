package cn.lianxi.kit.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;


import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Links recorded audit entries ({@code audit_pending}) into the hash chain ({@code audit_log}): in one transaction
 * under the chain lock it takes up to {@value #BATCH} entries in the order they were recorded, hashes each over the
 * previous entry's hash ({@link AuditLog#hash}) and inserts them. Only this job holds the lock, once per batch, so
 * the services' own transactions never wait for each other on it. {@link AnchorPublisher} runs it every second before
 * it anchors (one job, not two, at idle), and readers of the log ({@link AuditLog#verify()},
 * {@link AuditLog#entriesFor}) run it first, so they always see every committed entry.
 * An entry of a transaction that commits after a later-recorded one is simply chained in the next batch.
 */
@ApplicationScoped
public class AuditChain {

    static final int BATCH = 1000;
    static final long AUDIT_LOCK = 0x61756469L; // "audi"

    private final Pool pool;

    public AuditChain(Pool pool) {
        this.pool = pool;
    }

    /**
     * Chains every entry recorded and committed so far. With nothing recorded (a quiet service, every second) it is one
     * statement outside any transaction: no lock, no BEGIN/COMMIT, nothing written to the WAL (issue 22, the idle
     * budget).
     */
    public Uni<Void> chainAll() {
        return pool.query("SELECT EXISTS (SELECT 1 FROM audit_pending) AS pending").execute()
                .chain(rows -> rows.iterator().next().getBoolean("pending") ? chainRecorded() : Uni.createFrom().voidItem());
    }

    /** Chains in batches until none is left, for a caller that already knows entries are recorded. */
    Uni<Void> chainRecorded() {
        return chainBatch().chain(n -> n == BATCH ? chainRecorded() : Uni.createFrom().voidItem());
    }

    /** Chains up to {@value #BATCH} entries; returns how many. */
    Uni<Integer> chainBatch() {
        return pool.withTransaction(conn -> conn.query("SELECT pg_advisory_xact_lock(" + AUDIT_LOCK + ")").execute()
                .chain(() -> conn.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").execute())
                .chain(last -> conn.preparedQuery("DELETE FROM audit_pending WHERE id IN "
                        + "(SELECT id FROM audit_pending ORDER BY id LIMIT $1) "
                        + "RETURNING id, at, actor, action, subject, detail").execute(Tuple.of(BATCH))
                        .chain(taken -> insertChained(conn, last, taken))));
    }

    private static Uni<Integer> insertChained(SqlConnection conn, RowSet<Row> last, RowSet<Row> taken) {
        List<Row> entries = new ArrayList<>();
        taken.forEach(entries::add);
        if (entries.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        entries.sort(Comparator.comparingLong(r -> r.getLong("id")));
        Row tail = last.size() == 0 ? null : last.iterator().next();
        long seq = tail == null ? 0 : tail.getLong("seq");
        String prev = tail == null ? AuditLog.GENESIS : tail.getString("hash");
        List<Tuple> rows = new ArrayList<>(entries.size());
        for (Row e : entries) {
            seq++;
            OffsetDateTime at = e.getOffsetDateTime("at");
            String hash = AuditLog.hash(prev, seq, at.toInstant(), e.getString("actor"), e.getString("action"),
                    e.getString("subject"), e.getString("detail"));
            rows.add(Tuple.from(List.of(seq, at, e.getString("actor"), e.getString("action"), e.getString("subject"),
                    e.getString("detail"), prev, hash)));
            prev = hash;
        }
        return conn.preparedQuery("INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").executeBatch(rows).replaceWith(entries.size());
    }
}
