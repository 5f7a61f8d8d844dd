package cn.lianxi.kit.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.evidence.AuditHash;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The append-only, hash-chained audit log (审计日志) of a service. Each entry's hash covers its own content and the
 * previous entry's hash, so altering, deleting or reordering entries breaks the chain from there on;
 * {@link #verify()} recomputes it and names the first entry that no longer matches. An entry is recorded inside the
 * caller's transaction (it exists exactly when the change it describes does) and joins the chain within about a
 * second ({@link AuditChain}).
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = AuditHash.GENESIS;

    private final Pool pool;
    private final AuditChain chain;

    public AuditLog(Pool pool, AuditChain chain) {
        this.pool = pool;
        this.chain = chain;
    }

    /** An entry to record; every field is part of its hash. */
    public record NewEntry(String actor, String action, String subject, String detail) {
        public NewEntry {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Records one entry inside the caller's current transaction: one INSERT, no lock. */
    public Uni<Void> append(String actor, String action, String subject, String detail) {
        OffsetDateTime at = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                .setParameter("at", at).setParameter("actor", actor).setParameter("action", action)
                .setParameter("subject", subject).setParameter("detail", detail)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Records {@code entries}, in order, inside the caller's current transaction with one INSERT (a bank claiming
     * 100 referrals writes one statement, not a hundred).
     */
    public Uni<Void> appendAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String json = entriesJson(Instant.now().truncatedTo(ChronoUnit.MICROS), entries);
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD_ALL)
                .setParameter("entries", json).executeUpdate())
                .replaceWithVoid();
    }

    static final String RECORD = "INSERT INTO audit_pending (at, actor, action, subject, detail) "
            + "VALUES (:at, :actor, :action, :subject, :detail)";

    /**
     * The batch: {@code :entries} is a JSON array of {at, actor, action, subject, detail} ({@link #entriesJson}), sent
     * as text (the Vert.x client would encode a String bound to a jsonb parameter as one JSON string); the identity
     * values, and so the chain's order, follow the array's.
     */
    static final String RECORD_ALL = "INSERT INTO audit_pending (at, actor, action, subject, detail) "
            + "SELECT CAST(x->>'at' AS timestamptz), x->>'actor', x->>'action', x->>'subject', x->>'detail' "
            + "FROM jsonb_array_elements(CAST(CAST(:entries AS text) AS jsonb)) WITH ORDINALITY AS t (x, n) ORDER BY n";

    /** The batch parameter, with the time stamp as {@link Instant#toString()} writes it. */
    static String entriesJson(Instant at, List<NewEntry> entries) {
        JsonArray array = new JsonArray();
        for (NewEntry e : entries) {
            array.add(new JsonObject().put("at", at.toString()).put("actor", e.actor()).put("action", e.action())
                    .put("subject", e.subject()).put("detail", e.detail()));
        }
        return array.encode();
    }

    /** Chains what was recorded so far, then recomputes the whole chain. */
    public Uni<AuditVerification> verify() {
        return chain.chainAll().chain(() -> pool.query("SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq")
                .execute()
                .map(rows -> {
                    String prev = GENESIS;
                    long expectedSeq = 1;
                    long count = 0;
                    for (Row row : rows) {
                        long seq = row.getLong("seq");
                        OffsetDateTime at = row.getOffsetDateTime("at");
                        String recomputed = hash(prev, seq, at.toInstant(), row.getString("actor"), row.getString("action"),
                                row.getString("subject"), row.getString("detail"));
                        if (seq != expectedSeq || !prev.equals(row.getString("prev_hash"))
                                || !recomputed.equals(row.getString("hash"))) {
                            return AuditVerification.broken(count, seq);
                        }
                        prev = row.getString("hash");
                        expectedSeq++;
                        count++;
                    }
                    return AuditVerification.intact(count);
                }));
    }

    /** The entries about one subject (e.g. a case id), oldest first, once what was recorded so far is chained. */
    public Uni<java.util.List<AuditEntry>> entriesFor(String subject) {
        return chain.chainAll().chain(() -> pool.preparedQuery("SELECT seq, at, actor, action, subject, detail, hash FROM audit_log "
                + "WHERE subject = $1 ORDER BY seq").execute(Tuple.of(subject))
                .map(rows -> {
                    java.util.List<AuditEntry> entries = new java.util.ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new AuditEntry(row.getLong("seq"), row.getOffsetDateTime("at").toInstant(),
                                row.getString("actor"), row.getString("action"), row.getString("subject"),
                                row.getString("detail"), row.getString("hash")));
                    }
                    return entries;
                }));
    }

    /** The entry's hash: one implementation, shared with the offline verifier ({@link AuditHash#of}). */
    static String hash(String prev, long seq, Instant at, String actor, String action, String subject, String detail) {
        return AuditHash.of(prev, seq, at, actor, action, subject, detail);
    }
}
