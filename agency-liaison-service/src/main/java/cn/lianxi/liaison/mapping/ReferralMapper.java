package cn.lianxi.liaison.mapping;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.liaison.FreezeState;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.config.ReferralConfig;

/** Maps referrals to their API view; overseers get the respondent's id number masked. */
@ApplicationScoped
public class ReferralMapper {

    private final Json json;
    private final Clock clock;
    private final ReferralConfig config;

    public ReferralMapper(Json json, Clock clock, ReferralConfig config) {
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** The full view, for the agency that must act on it and the court that asked. */
    public ReferralView toView(Referral r) {
        return view(r, payload(r), SealedOrder.stored(r.orderSealedBy, r.orderSeal, r.orderDocument));
    }

    /** For the joint-meeting office, auditors and admins: they supervise, they need no full id number. */
    public ReferralView toMaskedView(Referral r) {
        ReferralPayload p = payload(r);
        PartyRef who = p.respondent();
        PartyRef masked = new PartyRef(who.role(), who.type(), who.name(), IdentityNumbers.mask(who.idNumber()),
                who.minor(), who.legalRepresentative());
        // the sealed document names the respondents in full: overseers see who sealed it and the seal, not the text
        return view(r, new ReferralPayload(masked, p.accountNumber(), p.amount(), p.bankCode(), p.requestId(),
                p.evidenceSummary(), p.criminalReferralId(), p.plateNumber(), p.note(), p.orderedBy(),
                p.legalBasis()), SealedOrder.stored(r.orderSealedBy, r.orderSeal, null));
    }

    private ReferralPayload payload(Referral r) {
        return json.stored(r.payload, ReferralPayload.class);
    }

    private ReferralView view(Referral r, ReferralPayload payload, SealedOrder order) {
        return new ReferralView(r.id, r.caseId, r.caseNumber, r.courtCode, r.agencyId, r.kind, r.status,
                payload, r.createdAt, r.dueAt, r.expiresAt, r.isOverdueAt(clock.instant()), r.deliveredAt,
                r.acknowledgedAt, r.answeredAt, r.rejectedAt, r.expiredAt, r.escalatedAt, r.leaseUntil, r.outcome,
                json.stored(r.result, ReferralResult.class), r.rejectReason, r.freezeUntil, r.criminalReferralId,
                r.sourceEventId, r.traceId, r.answerId, r.replacedAnswerId, r.amendedAt, r.amendReason, freeze(r),
                r.linkedFreezeId, r.cancelledAt, r.cancelReason, order);
    }

    /** An answered freeze's standing; {@code expiring} when active and ending within the warning window. */
    private FreezeView freeze(Referral r) {
        if (r.freezeState == null) {
            return null;
        }
        boolean expiring = r.freezeState == FreezeState.ACTIVE && r.freezeEndsAt != null
                && !r.freezeEndsAt.isAfter(config.freezeWarningHorizon(clock));
        return new FreezeView(r.freezeState, r.freezeAccount, r.freezeHeld, r.freezeUntil, r.freezeEndsAt, expiring,
                r.freezeChangedAt);
    }
}
