package cn.lianxi.kit.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import cn.lianxi.evidence.AuditBundle;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.kit.seal.SealRing;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.kit.time.ReportPeriod;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Exports audit bundles (审计证据包) for the offline verifier: the chain entries in scope with both hashes, every
 * public key the service knows and the sealed items of the subject. The bundle carries no anchors: the verifier takes
 * those from a witness (another service's {@code /audit/anchors/{service}}), never from the service under audit.
 */
@ApplicationScoped
public class AuditBundles {

    private static final String COLUMNS = "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ";

    private final Pool pool;
    private final AuditChain chain;
    private final SealRing ring;
    private final Instance<EvidenceSource> sources;

    public AuditBundles(Pool pool, AuditChain chain, SealRing ring, @Any Instance<EvidenceSource> sources) {
        this.pool = pool;
        this.chain = chain;
        this.ring = ring;
        this.sources = sources;
    }

    /** The subject's entries and sealed items. */
    public Uni<AuditBundle> forSubject(String subject) {
        Uni<List<AuditBundle.Entry>> entries = chain.chainAll().chain(() -> pool
                .preparedQuery(COLUMNS + "WHERE subject = $1 ORDER BY seq").execute(Tuple.of(subject)))
                .map(AuditBundles::entries);
        // one after the other: the evidence sources and the key sources may read through the same reactive session,
        // which must not run two queries at once (Hibernate Reactive: "Illegal pop() with non-matching …")
        return entries.chain(e -> sealedFor(subject).chain(sealed -> publicKeys()
                .map(keys -> bundle(AuditBundle.subjectScope(subject), e, sealed, keys))));
    }

    /**
     * Every entry of the period's days (China time), contiguous by seq from the first to the last of them (an entry
     * recorded earlier but chained among them is included, so the verifier sees an unbroken stretch of the chain).
     */
    public Uni<AuditBundle> forDays(ReportPeriod period) {
        OffsetDateTime start = period.from().atStartOfDay(PlatformClock.ZONE).toOffsetDateTime();
        OffsetDateTime end = period.to().plusDays(1).atStartOfDay(PlatformClock.ZONE).toOffsetDateTime();
        Uni<List<AuditBundle.Entry>> entries = chain.chainAll().chain(() -> pool.preparedQuery(COLUMNS
                + "WHERE seq BETWEEN (SELECT min(seq) FROM audit_log WHERE at >= $1 AND at < $2) "
                + "AND (SELECT max(seq) FROM audit_log WHERE at >= $1 AND at < $2) ORDER BY seq")
                .execute(Tuple.of(start, end)))
                .map(AuditBundles::entries);
        return entries.chain(e -> publicKeys()
                .map(keys -> bundle("days " + period.from() + ".." + period.to(), e, List.of(), keys)));
    }

    private AuditBundle bundle(String scope, List<AuditBundle.Entry> entries, List<AuditBundle.SealedItem> sealed,
            Map<String, String> publicKeys) {
        return new AuditBundle(ring.serviceKey().keyId(), Instant.now(), scope, entries, List.of(), sealed, publicKeys);
    }

    private Uni<List<AuditBundle.SealedItem>> sealedFor(String subject) {
        List<Uni<List<AuditBundle.SealedItem>>> parts = new ArrayList<>();
        sources.forEach(source -> parts.add(source.sealedFor(subject)));
        if (parts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(parts).onItem().transformToUniAndConcatenate(part -> part).collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Uni<Map<String, String>> publicKeys() {
        return ring.knownKeys().map(keys -> {
            Map<String, String> pems = new LinkedHashMap<>();
            for (SealKey key : keys) {
                pems.put(key.keyId(), key.publicPem());
            }
            return pems;
        });
    }

    private static List<AuditBundle.Entry> entries(RowSet<Row> rows) {
        List<AuditBundle.Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            entries.add(new AuditBundle.Entry(row.getLong("seq"), row.getOffsetDateTime("at").toInstant(),
                    row.getString("actor"), row.getString("action"), row.getString("subject"), row.getString("detail"),
                    row.getString("prev_hash"), row.getString("hash")));
        }
        return entries;
    }
}
