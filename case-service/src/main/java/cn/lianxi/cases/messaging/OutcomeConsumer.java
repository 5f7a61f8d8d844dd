package cn.lianxi.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.cases.service.OutcomeService;
import cn.lianxi.contracts.ReferralOutcome;
import io.smallrye.mutiny.Uni;

/**
 * Agency outcomes from {@code liaison.outcomes.v1} ({@link ReferralOutcome}), applied once per event id. A record
 * that does not parse, breaks the contract, names an unknown case or would overflow the case's total goes to
 * {@code liaison.outcomes.dlq.case-service.v1} at once with the reason.
 */
@ApplicationScoped
public class OutcomeConsumer {

    static final String CONSUMER = "case-service.outcomes";

    private final OutcomeService outcomes;
    private final TypedRecords records;

    public OutcomeConsumer(OutcomeService outcomes, TypedRecords records) {
        this.outcomes = outcomes;
        this.records = records;
    }

    @Incoming("referral-outcomes")
    public Uni<Void> consume(String payload) {
        ReferralOutcome outcome;
        try {
            outcome = records.read(payload, ReferralOutcome.class);
        } catch (RefusedRecord refused) {
            return Uni.createFrom().failure(refused);
        }
        return records.once(CONSUMER, outcome.eventId().toString(), outcome, () -> outcomes.record(outcome));
    }
}
