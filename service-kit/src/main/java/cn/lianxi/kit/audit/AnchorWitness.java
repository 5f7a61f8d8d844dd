package cn.lianxi.kit.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.evidence.Anchor;
import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.kit.inbox.TransientFailures;
import cn.lianxi.kit.seal.SealRing;
import cn.lianxi.kit.seal.SealRing.Admission;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps copies of the other services' anchors (见证副本) from {@code audit.anchors.v1}, so a service's log can be
 * checked against hashes it can no longer change. An anchor whose seal does not hold is not stored (logged; anchors
 * hold hashes only, no personal data); one sealed by a service whose key is unknown is kept in development and tests
 * only ({@link SealRing#admit}). A record that cannot be read is skipped: a bad record never stops the channel.
 */
@ApplicationScoped
public class AnchorWitness {

    private static final Logger LOG = Logger.getLogger(AnchorWitness.class);
    private static final TypeReference<List<String>> HASHES = new TypeReference<>() {
    };

    private final Pool pool;
    private final SealRing ring;
    private final ObjectMapper mapper;

    public AnchorWitness(Pool pool, SealRing ring, ObjectMapper mapper) {
        this.pool = pool;
        this.ring = ring;
        this.mapper = mapper;
    }

    @Incoming("audit-anchors-in")
    public Uni<Void> receive(String json) {
        Anchor anchor;
        try {
            anchor = mapper.readValue(json, Anchor.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("skipped an unreadable audit anchor: %s", e.getOriginalMessage());
            return Uni.createFrom().voidItem();
        }
        if (anchor.service().equals(ring.serviceKey().keyId())) {
            return Uni.createFrom().voidItem(); // its own anchors cannot vouch for it
        }
        SealCheck check = ring.verify(anchor.seal(), anchor.sealedContent(), anchor.service(), SealKeys.empty());
        if (ring.admit(check) == Admission.REFUSED) {
            LOG.warnf("refused the anchor of %s for entries %d..%d: %s", anchor.service(), anchor.fromSeq(),
                    anchor.toSeq(), check.reason());
            return Uni.createFrom().voidItem();
        }
        return TransientFailures.retried(() -> store(anchor));
    }

    private Uni<Void> store(Anchor anchor) {
        String hashes;
        try {
            hashes = mapper.writeValueAsString(anchor.hashes());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("a list of strings is always serialisable", e));
        }
        return pool.preparedQuery("INSERT INTO audit_anchor_copy (service, from_seq, to_seq, head_hash, hashes, at, seal) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING")
                .execute(Tuple.from(List.of(anchor.service(), anchor.fromSeq(), anchor.toSeq(), anchor.headHash(),
                        hashes, anchor.at().atOffset(ZoneOffset.UTC), anchor.seal())))
                .replaceWithVoid();
    }

    /** The copies held of {@code service}'s anchors that overlap entries {@code fromSeq..toSeq}, in order. */
    public Uni<List<Anchor>> copiesOf(String service, long fromSeq, long toSeq) {
        return pool.preparedQuery("SELECT service, from_seq, to_seq, head_hash, hashes, at, seal FROM audit_anchor_copy "
                + "WHERE service = $1 AND to_seq >= $2 AND from_seq <= $3 ORDER BY from_seq, to_seq")
                .execute(Tuple.of(service, fromSeq, toSeq))
                .map(rows -> {
                    List<Anchor> anchors = new ArrayList<>();
                    for (Row row : rows) {
                        anchors.add(new Anchor(row.getString("service"), row.getLong("from_seq"), row.getLong("to_seq"),
                                row.getString("head_hash"), hashes(row.getString("hashes")),
                                row.getOffsetDateTime("at").toInstant(), row.getString("seal")));
                    }
                    return anchors;
                });
    }

    private List<String> hashes(String json) {
        try {
            return mapper.readValue(json, HASHES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_anchor_copy.hashes holds what this class wrote", e);
        }
    }
}
