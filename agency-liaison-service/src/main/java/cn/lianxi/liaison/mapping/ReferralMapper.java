package cn.lianxi.liaison.mapping;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.kit.identity.IdentityNumbers;
import cn.lianxi.liaison.Referral;

/** Maps referrals to their API view; overseers get the respondent's id number masked. */
@ApplicationScoped
public class ReferralMapper {

    static final String ID_NUMBER = "respondentIdNumber";

    private final Json json;
    private final Clock clock;

    public ReferralMapper(Json json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The full view, for the agency that must act on it and the court that asked. */
    public ReferralView toView(Referral r) {
        return view(r, json.toMap(r.payload));
    }

    /** For the joint-meeting office, auditors and admins: they supervise, they need no full id number. */
    public ReferralView toMaskedView(Referral r) {
        Map<String, Object> payload = new HashMap<>(json.toMap(r.payload));
        Object id = payload.get(ID_NUMBER);
        if (id != null) {
            payload.put(ID_NUMBER, IdentityNumbers.mask(id.toString()));
        }
        return view(r, payload);
    }

    private ReferralView view(Referral r, Map<String, Object> payload) {
        return new ReferralView(r.id, r.caseId, r.caseNumber, r.courtCode, r.agencyId, r.kind.name(), r.status.name(),
                payload, r.createdAt, r.dueAt, r.expiresAt, r.isOverdueAt(clock.instant()), r.deliveredAt,
                r.acknowledgedAt, r.answeredAt, r.rejectedAt, r.expiredAt, r.escalatedAt, r.leaseUntil, r.outcome,
                json.toMap(r.result), r.rejectReason, r.freezeUntil, r.criminalReferralId, r.sourceEventId, r.traceId);
    }
}
