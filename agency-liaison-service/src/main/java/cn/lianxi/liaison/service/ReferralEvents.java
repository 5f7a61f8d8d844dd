package cn.lianxi.liaison.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralDispatch;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.outbox.Outbox;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.mapping.Json;
import io.smallrye.mutiny.Uni;

/**
 * Queues this service's events in the outbox: referral dispatches for Kafka-connected agencies (keyed by agency) and
 * referral outcomes for case-service and the dashboard (keyed by case). Must run inside the state change's transaction.
 */
@ApplicationScoped
public class ReferralEvents {

    private final Outbox outbox;
    private final Json json;
    private final Clock clock;

    public ReferralEvents(Outbox outbox, Json json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** The agency's answer: its outcome, the amount it names (scale 2) and the answer itself, as given. */
    public Uni<ReferralOutcome> answered(Referral r, ReferralResult result) {
        return publish(new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId, r.kind,
                result.outcome(r.kind), clock.instant(), Money.cny(result.amount()), result, null,
                r.criminalReferralId));
    }

    /** Any other outcome of a referral (rejection, escalation, a criminal-workflow stage), with why. */
    public Uni<ReferralOutcome> outcome(Referral r, OutcomeType outcome, String reason) {
        return publish(new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId, r.kind,
                outcome, clock.instant(), null, null, reason, r.criminalReferralId));
    }

    /** An order of the court that reached no agency (UNROUTABLE): it belongs to the case, not to a referral. */
    public Uni<ReferralOutcome> unroutable(UUID caseId, String courtCode, ReferralKind kind, String reason,
            UUID criminalReferralId) {
        return publish(new ReferralOutcome(UUID.randomUUID(), null, caseId, courtCode, null, kind,
                OutcomeType.UNROUTABLE, clock.instant(), null, null, reason, criminalReferralId));
    }

    public Uni<ReferralDispatch> dispatch(Referral r) {
        ReferralDispatch event = new ReferralDispatch(UUID.randomUUID(), r.id, r.agencyId, r.kind, r.caseId,
                r.caseNumber, r.courtCode, json.stored(r.payload, ReferralPayload.class), r.dueAt, r.createdAt);
        return outbox.append(event.eventId(), Topics.referralDispatch(r.kind.slug()), r.agencyId,
                ReferralDispatch.ceType(r.kind), r.caseId.toString(), event).replaceWith(event);
    }

    private Uni<ReferralOutcome> publish(ReferralOutcome event) {
        String caseId = event.caseId().toString();
        return outbox.append(event.eventId(), Topics.REFERRAL_OUTCOMES, caseId, event.ceType(), caseId, event)
                .replaceWith(event);
    }
}
