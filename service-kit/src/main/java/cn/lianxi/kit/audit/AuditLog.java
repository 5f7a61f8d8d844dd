package cn.lianxi.kit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The append-only, hash-chained audit log (审计日志) of a service. Each entry's hash covers its own content and the
 * previous entry's hash; appends are serialised by a transaction-scoped advisory lock so the chain has no forks.
 * {@link #verify()} recomputes the chain and names the first entry that no longer matches.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final long AUDIT_LOCK = 0x61756469L; // "audi"

    private final Pool pool;

    public AuditLog(Pool pool) {
        this.pool = pool;
    }

    /** An entry to append; every field is part of its hash. */
    public record NewEntry(String actor, String action, String subject, String detail) {
        public NewEntry {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * Appends one entry inside the caller's current transaction: two statements, so the chain lock (held until the
     * commit) costs two round trips. The INSERT reads the last entry and computes the hash ({@link #hash}, in SQL)
     * itself; it runs after the lock statement, so its snapshot sees every entry committed before the lock was ours.
     */
    public Uni<Void> append(String actor, String action, String subject, String detail) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.getSession().chain(session -> lock(session)
                .chain(() -> session.createNativeQuery(APPEND)
                        .setParameter("at", at.atOffset(ZoneOffset.UTC)).setParameter("atText", at.toString())
                        .setParameter("actor", actor).setParameter("action", action)
                        .setParameter("subject", subject).setParameter("detail", detail)
                        .setParameter("actorH", String.valueOf(actor)).setParameter("actionH", String.valueOf(action))
                        .setParameter("subjectH", String.valueOf(subject))
                        .setParameter("detailH", String.valueOf(detail))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * Appends {@code entries} in order inside the caller's current transaction, under one acquisition of the chain
     * lock and in one INSERT: a batch (a bank claiming 100 referrals) holds the lock for two round trips, not two
     * hundred. The entries share one time stamp; each hash chains on the previous one exactly as {@link #append}'s.
     */
    public Uni<Void> appendAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String json = entriesJson(Instant.now().truncatedTo(ChronoUnit.MICROS), entries);
        return Panache.getSession().chain(session -> lock(session)
                .chain(() -> session.createNativeQuery(APPEND_ALL).setParameter("entries", json).executeUpdate()))
                .replaceWithVoid();
    }

    private static Uni<Object> lock(Mutiny.Session session) {
        return session.createNativeQuery("SELECT pg_advisory_xact_lock(" + AUDIT_LOCK + ")").getSingleResult();
    }

    /** {@link #hash} in SQL over text expressions: the same content and SHA-256. */
    private static String hashSql(String prev, String seq, String at, String actor, String action, String subject,
            String detail) {
        return "encode(sha256(convert_to(concat_ws(chr(31), " + String.join(", ", prev, seq, at, actor, action, subject,
                detail) + "), 'UTF8')), 'hex')";
    }

    /** The same content and SHA-256 as {@link #hash} (String.join writes a null as "null"). */
    private static final String APPEND = "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
            + "SELECT coalesce(l.seq, 0) + 1, :at, :actor, :action, :subject, :detail, coalesce(l.hash, '" + GENESIS + "'), "
            + hashSql("coalesce(l.hash, '" + GENESIS + "')", "(coalesce(l.seq, 0) + 1)::text", "CAST(:atText AS text)",
                    "CAST(:actorH AS text)", "CAST(:actionH AS text)", "CAST(:subjectH AS text)",
                    "CAST(:detailH AS text)") + " "
            + "FROM (VALUES (1)) AS one LEFT JOIN (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) l ON true";

    /**
     * The batch: {@code :entries} is a JSON array of {at, actor, action, subject, detail} ({@link #entriesJson}), sent
     * as text (the Vert.x client would encode a String bound to a jsonb parameter as one JSON string). A
     * recursive CTE walks it in order, each step hashing over the previous step's hash, starting from the last
     * stored entry (or the genesis hash).
     */
    static final String APPEND_ALL = "WITH RECURSIVE e AS ("
            + "SELECT n, x->>'at' AS at, x->>'actor' AS actor, x->>'action' AS action, x->>'subject' AS subject, "
            + "x->>'detail' AS detail "
            + "FROM jsonb_array_elements(CAST(CAST(:entries AS text) AS jsonb)) WITH ORDINALITY AS t (x, n)), "
            + "chain (n, seq, prev_hash, hash) AS ("
            + "SELECT 0::bigint, coalesce(l.seq, 0), NULL::text, coalesce(l.hash, '" + GENESIS + "')::text "
            + "FROM (VALUES (1)) AS one "
            + "LEFT JOIN (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) l ON true "
            + "UNION ALL SELECT e.n, c.seq + 1, c.hash, "
            + hashSql("c.hash", "(c.seq + 1)::text", "e.at", "e.actor", "e.action", "e.subject", "e.detail") + " "
            + "FROM chain c JOIN e ON e.n = c.n + 1) "
            + "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
            + "SELECT c.seq, CAST(e.at AS timestamptz), e.actor, e.action, e.subject, e.detail, c.prev_hash, c.hash "
            + "FROM chain c JOIN e ON e.n = c.n ORDER BY c.seq";

    /** The batch parameter, with the time stamp as {@link Instant#toString()} writes it: what {@link #hash} reads. */
    static String entriesJson(Instant at, List<NewEntry> entries) {
        JsonArray array = new JsonArray();
        for (NewEntry e : entries) {
            array.add(new JsonObject().put("at", at.toString()).put("actor", e.actor()).put("action", e.action())
                    .put("subject", e.subject()).put("detail", e.detail()));
        }
        return array.encode();
    }

    /** Recomputes the whole chain. */
    public Uni<AuditVerification> verify() {
        return pool.query("SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq")
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
                });
    }

    /** The entries about one subject (e.g. a case id), oldest first. */
    public Uni<java.util.List<AuditEntry>> entriesFor(String subject) {
        return pool.preparedQuery("SELECT seq, at, actor, action, subject, detail, hash FROM audit_log "
                + "WHERE subject = $1 ORDER BY seq").execute(Tuple.of(subject))
                .map(rows -> {
                    java.util.List<AuditEntry> entries = new java.util.ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new AuditEntry(row.getLong("seq"), row.getOffsetDateTime("at").toInstant(),
                                row.getString("actor"), row.getString("action"), row.getString("subject"),
                                row.getString("detail"), row.getString("hash")));
                    }
                    return entries;
                });
    }

    static String hash(String prev, long seq, Instant at, String actor, String action, String subject, String detail) {
        String content = String.join("\u001f", prev, Long.toString(seq), at.truncatedTo(ChronoUnit.MICROS).toString(),
                actor, action, subject, detail);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
