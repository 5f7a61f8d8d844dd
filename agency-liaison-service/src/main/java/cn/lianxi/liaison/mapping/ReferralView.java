package cn.lianxi.liaison.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A referral as agencies, courts and overseers see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(UUID id, UUID caseId, String caseNumber, String courtCode, String agencyId, String kind,
        String status, Map<String, Object> payload, Instant createdAt, Instant dueAt, Instant expiresAt,
        boolean overdue, Instant deliveredAt, Instant acknowledgedAt, Instant answeredAt, Instant rejectedAt,
        Instant expiredAt, Instant escalatedAt, Instant leaseUntil, String outcome, Map<String, Object> result,
        String rejectReason, LocalDate freezeUntil, UUID criminalReferralId, UUID sourceEventId, String traceId) {
}
