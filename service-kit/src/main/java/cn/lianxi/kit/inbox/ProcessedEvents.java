package cn.lianxi.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Idempotent consumption: an event's effect and the record that this consumer has seen the event id commit in the
 * same transaction, so a redelivered event (consumer restart, relay re-send, a court re-publishing) changes nothing.
 * The record keeps a fingerprint of the content: the same id with other content is a conflict, refused, never
 * taken for a harmless duplicate (that would lose the new content silently). A transient failure (the database
 * restarting) runs the transaction again rather than failing the record.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final Logger LOG = Logger.getLogger(ProcessedEvents.class);

    private final ObjectMapper mapper;

    public ProcessedEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What the ledger says of an event id. */
    public enum Seen {
        /** Not seen before: the effect runs. */
        FIRST,
        /** Seen with the same content: nothing to do. */
        DUPLICATE,
        /** Seen with other content: refused. */
        CONFLICT
    }

    /**
     * Runs {@code effect} in a transaction unless {@code consumer} already processed {@code eventId}.
     *
     * @param fingerprint the content's {@link #fingerprint}
     * @return FIRST when the effect ran, DUPLICATE or CONFLICT when it did not
     */
    public Uni<Seen> onceByFingerprint(String consumer, String eventId, String fingerprint, Supplier<Uni<?>> effect) {
        return TransientFailures.retried(() -> Panache.withTransaction(() -> markFirstSeen(consumer, eventId, fingerprint)
                .chain(seen -> seen == Seen.FIRST ? effect.get().replaceWith(seen) : Uni.createFrom().item(seen))))
                .invoke(seen -> {
                    if (seen != Seen.FIRST) {
                        LOG.debugf("%s skipped %s event %s", consumer, seen, eventId);
                    }
                });
    }

    /**
     * What a consumer of another service's topic runs: {@code effect} once per event id, fingerprinted by the
     * record as this service's mapper writes it (the same content however it was laid out is a harmless duplicate).
     * The same id with other content fails with a {@link ConflictingDuplicate}, so the connector dead-letters the
     * record with that reason and the first content's effect stands.
     */
    public Uni<Void> once(String consumer, String eventId, Object record, Supplier<Uni<?>> effect) {
        String canonical;
        try {
            canonical = mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("a contract record is not serialisable", e));
        }
        return onceByFingerprint(consumer, eventId, fingerprint(canonical), effect).invoke(seen -> {
            if (seen == Seen.CONFLICT) {
                throw new ConflictingDuplicate(eventId);
            }
        }).replaceWithVoid();
    }

    /** The same event id with other content: its message is the dead-letter reason. */
    public static class ConflictingDuplicate extends IllegalArgumentException {
        public ConflictingDuplicate(String eventId) {
            super("conflicting-duplicate: event " + eventId + " was accepted before with other content");
        }
    }

    /** The CloudEvents type of a record (binary mode {@code ce_type} header), or null when it has none. */
    public static String ceType(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Records the event id and its fingerprint in the current transaction, or tells how it was seen before. */
    public Uni<Seen> markFirstSeen(String consumer, String eventId, String fingerprint) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (consumer, event_id, fingerprint) VALUES (:c, :e, :f) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter("c", consumer).setParameter("e", eventId).setParameter("f", fingerprint)
                .executeUpdate()
                .chain(inserted -> inserted == 1 ? Uni.createFrom().item(Seen.FIRST)
                        : session.createNativeQuery("SELECT fingerprint FROM processed_event WHERE consumer = :c AND event_id = :e")
                                .setParameter("c", consumer).setParameter("e", eventId).getResultList()
                                .map(rows -> compare(rows, fingerprint))));
    }

    /** Rows recorded before fingerprints existed have none: they count as duplicates, as they did then. */
    private static Seen compare(List<?> rows, String fingerprint) {
        Object before = rows.isEmpty() ? null : rows.get(0);
        return before == null || before.equals(fingerprint) ? Seen.DUPLICATE : Seen.CONFLICT;
    }

    /** SHA-256 of the content in its canonical form (the record serialised by the service's own mapper). */
    public static String fingerprint(String canonicalContent) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
