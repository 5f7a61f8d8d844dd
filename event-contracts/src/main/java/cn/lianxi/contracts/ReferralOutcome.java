package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What happened to a referral (协查/协助执行请求), on {@link Topics#REFERRAL_OUTCOMES}, keyed by case id.
 * case-service adds it to the case timeline; a {@code DEDUCTED} outcome raises the recovered amount exactly once
 * (idempotent on {@code eventId}).
 *
 * @param eventId      unique id, equal to the CloudEvents {@code ce_id}
 * @param referralId   the referral
 * @param caseId       the case it belongs to
 * @param courtCode    the court of the case
 * @param agencyId     the agency that answered or should have answered
 * @param referralKind e.g. BANK_INQUIRY, FREEZE, DEDUCTION, CRIMINAL_REFERRAL
 * @param outcome      e.g. ANSWERED, REJECTED, EXPIRED, ESCALATED, FROZEN, DEDUCTED, CASE_OPENED
 * @param occurredAt   when
 * @param amount       the amount concerned (frozen or deducted), CNY, or null
 * @param detail       kind-specific result fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralOutcome(UUID eventId, UUID referralId, UUID caseId, String courtCode, String agencyId,
        String referralKind, String outcome, Instant occurredAt, BigDecimal amount, Map<String, Object> detail) {

    /** CloudEvents type, e.g. {@code cn.lianxi.liaison.outcome.deducted.v1}. */
    public String ceType() {
        return "cn.lianxi.liaison.outcome." + outcome.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".v1";
    }
}
