package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ReferralDispatch;
import cn.lianxi.contracts.ReferralOutcome;
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

    public Uni<ReferralOutcome> outcome(Referral r, String outcome, BigDecimal amount, Map<String, Object> detail) {
        ReferralOutcome event = new ReferralOutcome(UUID.randomUUID(), r.id, r.caseId, r.courtCode, r.agencyId,
                r.kind.name(), outcome, clock.instant(), amount, detail);
        String caseId = r.caseId.toString();
        return outbox.append(event.eventId(), Topics.REFERRAL_OUTCOMES, caseId, event.ceType(), caseId, event)
                .replaceWith(event);
    }

    /** An outcome that belongs to a case but to no single referral (e.g. no agency could be found). */
    public Uni<ReferralOutcome> caseOutcome(UUID caseId, String courtCode, String agencyId, String kind,
            String outcome, Map<String, Object> detail) {
        ReferralOutcome event = new ReferralOutcome(UUID.randomUUID(), null, caseId, courtCode, agencyId, kind,
                outcome, clock.instant(), null, detail);
        return outbox.append(event.eventId(), Topics.REFERRAL_OUTCOMES, caseId.toString(), event.ceType(),
                caseId.toString(), event).replaceWith(event);
    }

    public Uni<ReferralDispatch> dispatch(Referral r) {
        ReferralDispatch event = new ReferralDispatch(UUID.randomUUID(), r.id, r.agencyId, r.kind.name(), r.caseId,
                r.caseNumber, r.courtCode, json.toMap(r.payload), r.dueAt, r.createdAt);
        return outbox.append(event.eventId(), Topics.referralDispatch(r.kind.slug()), r.agencyId,
                ReferralDispatch.ceType(r.kind.slug()), r.caseId.toString(), event).replaceWith(event);
    }
}
