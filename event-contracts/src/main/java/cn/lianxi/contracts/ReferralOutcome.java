package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.constraints.Amount;

/**
 * What happened to a referral (协查/协助执行请求), on {@link Topics#REFERRAL_OUTCOMES}, keyed by case id.
 * case-service adds it to the case timeline; a DEDUCTED outcome raises the recovered amount exactly once
 * (idempotent on {@code eventId}).
 *
 * @param eventId      unique id, equal to the CloudEvents {@code ce_id}
 * @param referralId   the referral, or null for an outcome of the case as a whole (UNROUTABLE)
 * @param caseId       the case it belongs to
 * @param courtCode    the court of the case
 * @param agencyId     the agency that answered or should have answered, or null when none could be found
 * @param referralKind what was asked
 * @param outcome      what happened
 * @param occurredAt   when
 * @param amount       the amount concerned (frozen, unfrozen or deducted), CNY, or null
 * @param result       for an agency's answer: the typed answer as the agency gave it; otherwise null
 * @param reason       for a rejection, an unroutable order, an escalation or a criminal-referral stage: why
 * @param criminalReferralId for outcomes of the 拒执罪 workflow: the criminal referral they belong to
 * @param requestId    the court's order the referral carries (the {@code requestId} of the case event that created
 *                     it), or null
 * @param replaces     for an amended answer (更正回执): the {@code eventId} of the outcome it replaces; the case
 *                     counts the amended one instead, and {@code reason} says why it was amended
 * @param receipt      for outcome RECEIPT only: the signed delivery receipt (回执); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralOutcome(
        @NotNull UUID eventId,
        UUID referralId,
        @NotNull UUID caseId,
        @NotBlank String courtCode,
        String agencyId,
        @NotNull ReferralKind referralKind,
        @NotNull OutcomeType outcome,
        @NotNull Instant occurredAt,
        @Amount(min = "0.00") BigDecimal amount,
        @Valid ReferralResult result,
        String reason,
        UUID criminalReferralId,
        String requestId,
        UUID replaces,
        @Valid DeliveryReceipt receipt) {

    /** Any outcome but a {@link OutcomeType#RECEIPT}, which alone carries its receipt. */
    public ReferralOutcome(UUID eventId, UUID referralId, UUID caseId, String courtCode, String agencyId,
            ReferralKind referralKind, OutcomeType outcome, Instant occurredAt, BigDecimal amount, ReferralResult result,
            String reason, UUID criminalReferralId, String requestId, UUID replaces) {
        this(eventId, referralId, caseId, courtCode, agencyId, referralKind, outcome, occurredAt, amount, result, reason,
                criminalReferralId, requestId, replaces, null);
    }

    /** A receipt outcome carries its receipt, and only a receipt outcome does. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "a RECEIPT outcome carries its receipt, no other outcome does")
    public boolean isReceiptGiven() {
        return (outcome == OutcomeType.RECEIPT) == (receipt != null);
    }

    /** CloudEvents type, e.g. {@code cn.lianxi.liaison.outcome.deducted.v1}. */
    public String ceType() {
        return "cn.lianxi.liaison.outcome." + outcome.slug() + ".v1";
    }
}
