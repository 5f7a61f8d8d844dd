package cn.lianxi.liaison.messaging;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.liaison.mapping.Json;
import io.smallrye.mutiny.Uni;

/**
 * Runs a consumed record's effect once per event id. The fingerprint is the record as this service's mapper writes
 * it, so the same content however it was laid out (key order, white space) is a harmless duplicate,
 * while the same id with other content is refused: the record goes to the dead-letter topic with the reason
 * {@code conflicting-duplicate}, and the original's effect stands.
 */
@ApplicationScoped
public class OnceOnly {

    private final ProcessedEvents processed;
    private final Json json;

    public OnceOnly(ProcessedEvents processed, Json json) {
        this.processed = processed;
        this.json = json;
    }

    public Uni<Void> apply(String consumer, UUID eventId, Object record, Supplier<Uni<?>> effect) {
        String fingerprint = ProcessedEvents.fingerprint(json.write(record));
        return processed.once(consumer, eventId.toString(), fingerprint, effect).invoke(seen -> {
            if (seen == ProcessedEvents.Seen.CONFLICT) {
                throw new IllegalArgumentException("conflicting-duplicate: event " + eventId
                        + " was accepted before with other content");
            }
        }).replaceWithVoid();
    }
}
