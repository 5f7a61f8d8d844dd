package cn.lianxi.kit.inbox;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Idempotent consumption: an event's effect and the record that this consumer has seen the event id commit in the
 * same transaction, so a redelivered event (consumer restart, relay re-send, a court re-publishing) changes nothing.
 * A transient failure (the database restarting) runs the transaction again rather than failing the record.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final Logger LOG = Logger.getLogger(ProcessedEvents.class);

    /**
     * Runs {@code effect} in a transaction unless {@code consumer} already processed {@code eventId}.
     *
     * @return true when the effect ran, false for a duplicate
     */
    public Uni<Boolean> once(String consumer, String eventId, Supplier<Uni<?>> effect) {
        return TransientFailures.retried(() -> Panache.withTransaction(() -> markFirstSeen(consumer, eventId)
                .chain(first -> first ? effect.get().replaceWith(true) : Uni.createFrom().item(false))))
                .invoke(ran -> {
                    if (!ran) {
                        LOG.debugf("%s skipped duplicate event %s", consumer, eventId);
                    }
                });
    }

    /** Records the event id in the current transaction; false when it was already there. */
    public Uni<Boolean> markFirstSeen(String consumer, String eventId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (consumer, event_id) VALUES (:c, :e) ON CONFLICT DO NOTHING")
                .setParameter("c", consumer)
                .setParameter("e", eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
