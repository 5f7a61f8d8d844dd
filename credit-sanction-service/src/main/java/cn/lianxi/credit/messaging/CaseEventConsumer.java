package cn.lianxi.credit.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.credit.service.CaseEventHandler;
import cn.lianxi.kit.inbox.ProcessedEvents;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code enforcement.cases.v1}. Each event is applied once (idempotent on its {@code eventId}); a record
 * that is not a valid {@link CaseEvent} fails and goes to the dead-letter topic with the reason, never into a loop.
 */
@ApplicationScoped
public class CaseEventConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventConsumer.class);
    static final String CONSUMER = "credit-sanction-service.case-events";

    private final ObjectMapper mapper;
    private final ProcessedEvents processed;
    private final CaseEventHandler handler;

    public CaseEventConsumer(ObjectMapper mapper, ProcessedEvents processed, CaseEventHandler handler) {
        this.mapper = mapper;
        this.processed = processed;
        this.handler = handler;
    }

    @Incoming("case-events")
    public Uni<Void> consume(String json) {
        CaseEvent event;
        try {
            event = mapper.readValue(json, CaseEvent.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a CaseEvent: " + e.getOriginalMessage()));
        }
        if (event.eventId() == null || event.caseId() == null || event.kind() == null || event.courtCode() == null
                || event.caseNumber() == null) {
            return Uni.createFrom().failure(
                    new IllegalArgumentException("a CaseEvent needs eventId, caseId, kind, courtCode and caseNumber"));
        }
        return processed.once(CONSUMER, event.eventId().toString(), () -> handler.handle(event))
                .onFailure().invoke(e -> LOG.warnf("case event %s (%s) failed, to the dead-letter topic: %s",
                        event.eventId(), event.kind(), e.getClass().getSimpleName()))
                .replaceWithVoid();
    }
}
