package cn.lianxi.liaison.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.liaison.ReferralStatus;

/**
 * A referral as agencies, courts and overseers see it; payload and result are the contract's records.
 * {@code answerId} is the {@code eventId} of the outcome the standing answer was published as (what an amendment
 * {@code replaces}); {@code replacedAnswerId}, {@code amendedAt} and {@code amendReason} tell the latest amendment.
 * {@code freeze} is an answered FREEZE's standing ({@link FreezeView}); {@code linkedFreezeId} names the FREEZE
 * referral a renewal, unfreeze or deduction extends, releases or draws on; {@code cancelledAt} and
 * {@code cancelReason} tell why a CANCELLED referral was withdrawn (the case was concluded). {@code sealedOrder} is
 * the court's order as the court sealed it (absent when unsealed), verifiable with the court's public key alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(UUID id, UUID caseId, String caseNumber, String courtCode, String agencyId,
        ReferralKind kind, ReferralStatus status, ReferralPayload payload, Instant createdAt, Instant dueAt,
        Instant expiresAt, boolean overdue, Instant deliveredAt, Instant acknowledgedAt, Instant answeredAt,
        Instant rejectedAt, Instant expiredAt, Instant escalatedAt, Instant leaseUntil, OutcomeType outcome,
        ReferralResult result, String rejectReason, LocalDate freezeUntil, UUID criminalReferralId,
        UUID sourceEventId, String traceId, UUID answerId, UUID replacedAnswerId, Instant amendedAt,
        String amendReason, FreezeView freeze, UUID linkedFreezeId, Instant cancelledAt, String cancelReason,
        SealedOrder sealedOrder) {
}
