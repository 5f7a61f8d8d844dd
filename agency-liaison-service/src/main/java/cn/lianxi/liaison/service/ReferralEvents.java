package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.DeliveryReceipt;
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
        // r.outcome: the answer's own, unless the freeze ledger queued the freeze (FREEZE_QUEUED, 轮候冻结)
        return publish(new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId, r.kind,
                r.outcome != null ? r.outcome : result.outcome(r.kind), clock.instant(), Money.cny(result.amount()), result, null,
                r.criminalReferralId, requestId(r), null));
    }

    /**
     * An amended answer (更正回执): the corrected answer's outcome, naming the outcome it {@code replaces} and the
     * agency's {@code reason}, so case-service counts it instead of the replaced one.
     */
    public Uni<ReferralOutcome> amended(Referral r, ReferralResult result, UUID replaces, String reason) {
        return publish(new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId, r.kind,
                r.outcome, clock.instant(), Money.cny(result.amount()), result, reason,
                r.criminalReferralId, requestId(r), replaces));
    }

    /** Any other outcome of a referral (rejection, escalation, a criminal-workflow stage), with why. */
    public Uni<ReferralOutcome> outcome(Referral r, OutcomeType outcome, String reason) {
        return publish(new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId, r.kind,
                outcome, clock.instant(), null, null, reason, r.criminalReferralId, requestId(r), null));
    }

    /** An outcome of a freeze's life that names the amount concerned (FREEZE_LAPSED, FREEZE_EFFECTIVE), with why. */
    public Uni<ReferralOutcome> outcome(Referral r, OutcomeType outcome, BigDecimal amount, String reason) {
        return publish(new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId, r.kind,
                outcome, clock.instant(), amount == null ? null : Money.cny(amount), null, reason,
                r.criminalReferralId, requestId(r), null));
    }

    /** An order of the court that reached no agency (UNROUTABLE): it belongs to the case, not to a referral. */
    public Uni<ReferralOutcome> unroutable(UUID caseId, String courtCode, ReferralKind kind, String reason,
            UUID criminalReferralId) {
        return publish(new ReferralOutcome(UUID.randomUUID(), null, caseId, courtCode, null, kind,
                OutcomeType.UNROUTABLE, clock.instant(), null, null, reason, criminalReferralId, null, null));
    }

    /** A signed delivery receipt (回执) of the referral, for the case timeline (outcome RECEIPT). */
    public Uni<ReferralOutcome> receipt(Referral r, DeliveryReceipt receipt) {
        return publish(new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId, r.kind,
                OutcomeType.RECEIPT, receipt.at(), null, null, null, r.criminalReferralId, receipt.requestId(), null,
                receipt));
    }

    public Uni<ReferralDispatch> dispatch(Referral r) {
        return send(r, null, null);
    }

    /**
     * Withdraws a referral a Kafka-connected agency was handed (the case was concluded): the dispatch again, with
     * {@code cancelledAt} and {@code cancelReason}, on the same topic and key so it follows the dispatch in order.
     */
    public Uni<ReferralDispatch> cancelled(Referral r) {
        return send(r, r.cancelledAt, r.cancelReason);
    }

    private Uni<ReferralDispatch> send(Referral r, Instant cancelledAt, String cancelReason) {
        ReferralDispatch event = new ReferralDispatch(UUID.randomUUID(), r.id, r.agencyId, r.kind, r.caseId,
                r.caseNumber, r.courtCode, json.stored(r.payload, ReferralPayload.class), r.dueAt, r.createdAt,
                cancelledAt, cancelReason).withSealedOrder(r.orderDocument, r.orderSeal);
        return outbox.append(event.eventId(), Topics.referralDispatch(r.agencyId, r.kind.slug()), r.agencyId,
                ReferralDispatch.ceType(r.kind), r.caseId.toString(), event).replaceWith(event);
    }

    /** The court order's {@code requestId} the referral carries in its payload, or null. */
    private String requestId(Referral r) {
        return json.stored(r.payload, ReferralPayload.class).requestId();
    }

    private Uni<ReferralOutcome> publish(ReferralOutcome event) {
        String caseId = event.caseId().toString();
        return outbox.append(event.eventId(), Topics.REFERRAL_OUTCOMES, caseId, event.ceType(), caseId, event)
                .replaceWith(event);
    }
}
