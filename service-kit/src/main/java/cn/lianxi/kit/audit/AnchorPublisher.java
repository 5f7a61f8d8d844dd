package cn.lianxi.kit.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import cn.lianxi.evidence.Anchor;
import cn.lianxi.evidence.AuditHash;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.kit.seal.SealRing;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Anchors the audit chain outside the service's database (锚定): every second it chains what was recorded (the one
 * job that runs {@link AuditChain} on a schedule), then
 * publishes the hashes of the entries not anchored yet, at most {@value AnchorRange#MAX_HASHES} per message, each
 * message sealed with the service's key, on {@code audit.anchors.v1}; the other services keep copies
 * ({@link AnchorWitness}). A range is recorded in {@code audit_anchor} only once the broker acknowledged it
 * (acks=all), so a failed publish is simply retried at the next run. With nothing new for
 * {@code lianxi.audit.heartbeat-every} a heartbeat repeats the head, so the witnesses tell a quiet service from one
 * that stopped anchoring. One instance publishes at a time (transaction-scoped advisory lock).
 */
@ApplicationScoped
public class AnchorPublisher {

    private static final Logger LOG = Logger.getLogger(AnchorPublisher.class);
    private static final long ANCHOR_LOCK = 0x616E63686FL; // "ancho"
    private static final Duration LAST_PUBLISH_WAIT = Duration.ofSeconds(3);
    private static final String STATE = "SELECT EXISTS (SELECT 1 FROM audit_pending) AS recorded, "
            + "(SELECT coalesce(max(to_seq), 0) FROM audit_anchor) AS anchored, "
            + "(SELECT max(published_at) FROM audit_anchor) AS last, "
            + "(SELECT coalesce(max(seq), 0) FROM audit_log) AS head";

    private final Pool pool;
    private final AuditChain chain;
    private final SealRing ring;
    private final AnchorGate gate;
    private final Duration heartbeatEvery;
    private final MutinyEmitter<String> emitter;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean connected;
    private volatile boolean failing;

    @Inject
    public AnchorPublisher(Pool pool, AuditChain chain, SealRing ring, AnchorGate gate, AnchorConfig config,
            @Channel("audit-anchors") MutinyEmitter<String> emitter) {
        this.pool = pool;
        this.chain = chain;
        this.ring = ring;
        this.gate = gate;
        this.heartbeatEvery = config.heartbeatEvery();
        this.emitter = emitter;
    }

    @Scheduled(every = "${lianxi.audit.anchor-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        // the chain is linked every run; anchoring waits until the Kafka channel is connected
        Uni<Long> run = channelReady() ? publishPending() : chain.chainAll().replaceWith(0L);
        return run.onItemOrFailure().transform((count, failure) -> {
            running.set(false);
            report(failure);
            return null;
        });
    }

    /** The last anchor before the service stops, so its final entries do not wait for the next start. */
    void lastPublish(@Observes @Priority(1) ShutdownEvent stop) {
        if (!connected || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            publishPending().await().atMost(LAST_PUBLISH_WAIT);
        } catch (RuntimeException e) {
            LOG.warnf("the last audit entries will be anchored at the next start: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /**
     * Chains what was recorded, then anchors it (or sends a heartbeat when due); returns how many entries. Whether
     * anything is due is read first, in one statement without a transaction: a quiet service (every second) takes no
     * lock and writes nothing (issue 22, the idle budget). Under the lock the state is read again, since another
     * instance may have published in between.
     */
    Uni<Long> publishPending() {
        return pool.query(STATE).execute().chain(rows -> {
            State state = noted(rows);
            if (rows.iterator().next().getBoolean("recorded")) {
                return chain.chainRecorded().chain(this::publishLocked); // its state said so: no second look
            }
            return state.due(heartbeatEvery, Instant.now()) ? publishLocked() : Uni.createFrom().item(0L);
        });
    }

    private Uni<Long> publishLocked() {
        return pool.withTransaction(conn -> conn.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked")
                .execute(Tuple.of(ANCHOR_LOCK))
                .chain(locked -> locked.iterator().next().getBoolean("locked") ? publish(conn) : Uni.createFrom().item(0L)));
    }

    private Uni<Long> publish(SqlConnection conn) {
        return conn.query(STATE).execute().chain(rows -> {
            State state = noted(rows);
            if (state.head() > state.anchored()) {
                return publishRanges(conn, AnchorRange.after(state.anchored(), state.head(), AnchorRange.MAX_HASHES));
            }
            return state.due(heartbeatEvery, Instant.now()) ? heartbeat(conn, state.head()).replaceWith(0L)
                    : Uni.createFrom().item(0L);
        });
    }

    /** Reads the state and keeps the gate open with the last anchor, this instance's or another's. */
    private State noted(RowSet<Row> rows) {
        Row row = rows.iterator().next();
        OffsetDateTime last = row.getOffsetDateTime("last");
        if (last != null) {
            gate.anchoredAt(last.toInstant());
        }
        return new State(row.getLong("anchored"), last == null ? null : last.toInstant(), row.getLong("head"));
    }

    /** The chain's head, the last anchored entry and when the last anchor (or heartbeat) went out. */
    record State(long anchored, Instant last, long head) {

        /** New entries to anchor, or a heartbeat due. */
        boolean due(Duration heartbeatEvery, Instant now) {
            return head > anchored || last == null || last.plus(heartbeatEvery).isBefore(now);
        }
    }

    private Uni<Long> publishRanges(SqlConnection conn, List<AnchorRange> ranges) {
        Uni<Long> published = Uni.createFrom().item(0L);
        for (AnchorRange range : ranges) {
            published = published.chain(count -> publishRange(conn, range)
                    .replaceWith(count + range.toSeq() - range.fromSeq() + 1));
        }
        return published;
    }

    private Uni<Void> publishRange(SqlConnection conn, AnchorRange range) {
        return conn.preparedQuery("SELECT hash FROM audit_log WHERE seq BETWEEN $1 AND $2 ORDER BY seq")
                .execute(Tuple.of(range.fromSeq(), range.toSeq()))
                .chain(rows -> {
                    List<String> hashes = new ArrayList<>();
                    rows.forEach(row -> hashes.add(row.getString("hash")));
                    return send(conn, Anchor.covering(ring.serviceKey().keyId(), range.fromSeq(), hashes, Instant.now()));
                });
    }

    /** No new entries: the head again, no hashes ({@code fromSeq = toSeq + 1}). */
    private Uni<Void> heartbeat(SqlConnection conn, long head) {
        return conn.preparedQuery("SELECT hash FROM audit_log WHERE seq = $1").execute(Tuple.of(head))
                .chain(rows -> {
                    String headHash = rows.size() == 0 ? AuditHash.GENESIS : rows.iterator().next().getString("hash");
                    return send(conn, Anchor.heartbeat(ring.serviceKey().keyId(), head, headHash, Instant.now()));
                });
    }

    private Uni<Void> send(SqlConnection conn, Anchor unsealed) {
        Anchor anchor = unsealed.sealedWith(ring.serviceKey());
        Message<String> message = Message.of(Canonical.text(anchor)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(anchor.service()).build());
        return emitter.sendMessage(message)
                .invoke(() -> gate.anchoredAt(Instant.now()))
                .chain(() -> conn.preparedQuery("INSERT INTO audit_anchor (from_seq, to_seq, head_hash, at) "
                        + "VALUES ($1, $2, $3, $4)").execute(Tuple.of(anchor.fromSeq(), anchor.toSeq(),
                                anchor.headHash(), anchor.at().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    /** Start-up: the Kafka channel is not connected until the connector requests messages. */
    private boolean channelReady() {
        if (!connected && emitter.hasRequests()) {
            connected = true;
        }
        return connected;
    }

    /** Logs a change of state only: the first failure, and the recovery, not every second in between. */
    private void report(Throwable failure) {
        if (failure != null && !failing) {
            LOG.warnf("audit anchoring failed, retrying every run (the gate closes after the anchor limit): %s",
                    failure.getMessage());
        } else if (failure == null && failing) {
            LOG.info("audit anchoring works again");
        }
        failing = failure != null;
    }
}
