package cn.lianxi.kit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
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

    /** Appends one entry inside the caller's current transaction. */
    public Uni<Void> append(String actor, String action, String subject, String detail) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(" + AUDIT_LOCK + ")").getSingleResult()
                .chain(() -> session.createNativeQuery(
                        "SELECT coalesce((SELECT seq || ':' || hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0:" + GENESIS + "')",
                        String.class).getSingleResult())
                .chain(last -> {
                    long seq = Long.parseLong(last.substring(0, last.indexOf(':'))) + 1;
                    String prev = last.substring(last.indexOf(':') + 1);
                    String hash = hash(prev, seq, at, actor, action, subject, detail);
                    return session.createNativeQuery("INSERT INTO audit_log (seq, at, actor, action, subject, detail, "
                            + "prev_hash, hash) VALUES (:seq, :at, :actor, :action, :subject, :detail, :prev, :hash)")
                            .setParameter("seq", seq).setParameter("at", at.atOffset(ZoneOffset.UTC))
                            .setParameter("actor", actor).setParameter("action", action)
                            .setParameter("subject", subject).setParameter("detail", detail)
                            .setParameter("prev", prev).setParameter("hash", hash)
                            .executeUpdate();
                }))
                .replaceWithVoid();
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
