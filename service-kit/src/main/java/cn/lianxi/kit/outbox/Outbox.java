package cn.lianxi.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.kit.tracing.Traces;
import io.smallrye.mutiny.Uni;

/**
 * Appends events to the transactional outbox. Call it inside the transaction of the state change
 * ({@code Panache.withTransaction} or {@code @WithTransaction}): the event is then published if and only if the
 * change commits. The current trace context is kept with the row so the published record continues the trace.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Queues one event.
     *
     * @param eventId CloudEvents id, also the id consumers deduplicate on
     * @param topic   target topic
     * @param key     record key (the case id for case-scoped topics, to keep one case's events in order)
     * @param ceType  CloudEvents type
     * @param subject CloudEvents subject (e.g. the case id), may be null
     * @param payload the event record, serialised as JSON
     */
    public Uni<OutboxMessage> append(UUID eventId, String topic, String key, String ceType, String subject,
            Object payload) {
        OutboxMessage message = new OutboxMessage();
        message.id = eventId;
        message.topic = topic;
        message.messageKey = key;
        message.ceType = ceType;
        message.ceSubject = subject;
        message.payload = toJson(payload);
        message.traceparent = Traces.currentTraceparent();
        message.createdAt = Instant.now();
        return message.persist();
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + payload.getClass(), e);
        }
    }
}
