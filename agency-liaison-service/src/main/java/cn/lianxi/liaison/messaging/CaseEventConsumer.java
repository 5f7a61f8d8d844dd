package cn.lianxi.liaison.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.service.CaseEventRouter;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code enforcement.cases.v1}. Each event's referrals and its processed-event row commit together, so a
 * redelivered event creates nothing new; an unreadable record fails and goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class CaseEventConsumer {

    static final String CONSUMER = "agency-liaison-service/case-events";

    private final ProcessedEvents processed;
    private final CaseEventRouter router;
    private final Json json;

    public CaseEventConsumer(ProcessedEvents processed, CaseEventRouter router, Json json) {
        this.processed = processed;
        this.router = router;
        this.json = json;
    }

    @Incoming("case-events")
    public Uni<Void> consume(String record) {
        CaseEvent event = json.read(record, CaseEvent.class);
        if (event.eventId() == null || event.caseId() == null || event.kind() == null) {
            throw new IllegalArgumentException("case event without eventId, caseId or kind");
        }
        return processed.once(CONSUMER, event.eventId().toString(), () -> router.route(event)).replaceWithVoid();
    }
}
