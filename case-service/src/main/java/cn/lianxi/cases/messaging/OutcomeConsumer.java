package cn.lianxi.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.service.Amounts;
import cn.lianxi.cases.service.OutcomeService;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.kit.inbox.ProcessedEvents;
import io.smallrye.mutiny.Uni;

/**
 * Agency outcomes from {@code liaison.outcomes.v1}, applied once per event id. A record that does not parse or names
 * an unknown case goes to {@code liaison.outcomes.dlq.case-service.v1} with the reason.
 */
@ApplicationScoped
public class OutcomeConsumer {

    static final String CONSUMER = "case-service.outcomes";

    private final OutcomeService outcomes;
    private final ProcessedEvents processed;
    private final ObjectMapper mapper;

    public OutcomeConsumer(OutcomeService outcomes, ProcessedEvents processed, ObjectMapper mapper) {
        this.outcomes = outcomes;
        this.processed = processed;
        this.mapper = mapper;
    }

    @Incoming("referral-outcomes")
    public Uni<Void> consume(String payload) {
        ReferralOutcome outcome;
        try {
            outcome = mapper.readValue(payload, ReferralOutcome.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new RefusedRecord("malformed-outcome: the record is not a ReferralOutcome"));
        }
        if (outcome.eventId() == null || outcome.caseId() == null || outcome.outcome() == null) {
            return Uni.createFrom().failure(new RefusedRecord("missing-field: eventId, caseId and outcome are required"));
        }
        if (outcome.amount() != null && (outcome.amount().signum() < 0 || !Amounts.isCny(outcome.amount()))) {
            return Uni.createFrom().failure(new RefusedRecord("invalid-amount: a non-negative CNY amount with at most two decimals"));
        }
        return processed.once(CONSUMER, outcome.eventId().toString(), () -> outcomes.record(outcome)).replaceWithVoid();
    }
}
