package cn.lianxi.credit.messaging;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.credit.service.CaseEventHandler;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.seal.CourtSeals;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code enforcement.cases.v1}. Kinds credit ignores are skipped by their CloudEvents type before the
 * record is parsed. Each other event is read as the contract's {@link CaseEvent}, checked by the contract's rules
 * and its court's seal ({@link CourtSeals}), and applied once (idempotent on its {@code eventId}, with the content's
 * fingerprint). A record that is not a valid
 * {@code CaseEvent}, or an event id seen before with other content, fails at once and goes to the dead-letter topic
 * with the reason (the {@code dead-letter-reason} header), never into a loop.
 */
@ApplicationScoped
public class CaseEventConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventConsumer.class);
    static final String CONSUMER = "credit-sanction-service.case-events";
    private static final Set<String> IGNORED_TYPES = CaseEventHandler.IGNORED.stream().map(CaseEventKind::ceType)
            .collect(Collectors.toUnmodifiableSet());

    private final ObjectMapper mapper;
    private final ContractCheck contract;
    private final ProcessedEvents processed;
    private final CaseEventHandler handler;
    private final CourtSeals seals;

    public CaseEventConsumer(ObjectMapper mapper, ContractCheck contract, ProcessedEvents processed,
            CaseEventHandler handler, CourtSeals seals) {
        this.mapper = mapper;
        this.contract = contract;
        this.processed = processed;
        this.handler = handler;
        this.seals = seals;
    }

    @Incoming("case-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        String ceType = ProcessedEvents.ceType(record);
        if (ceType != null && IGNORED_TYPES.contains(ceType)) {
            return Uni.createFrom().voidItem();
        }
        CaseEvent event;
        try {
            event = contract.valid(mapper.readValue(record.value(), CaseEvent.class));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a CaseEvent: " + e.getOriginalMessage()));
        } catch (ProblemException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("invalid CaseEvent: " + e.getMessage()));
        }
        if (CaseEventHandler.IGNORED.contains(event.kind())) {
            return Uni.createFrom().voidItem();
        }
        try {
            // a listing, a restriction, a conclusion: the court's acts, taken only under its seal
            seals.admit(event);
        } catch (IllegalArgumentException refused) {
            return Uni.createFrom().failure(refused);
        }
        String eventId = event.eventId().toString();
        return processed.once(CONSUMER, eventId, event, () -> handler.handle(event))
                .onFailure().invoke(e -> LOG.warnf("case event %s (%s) failed, to the dead-letter topic: %s",
                        eventId, event.kind(), e.getMessage()));
    }
}
