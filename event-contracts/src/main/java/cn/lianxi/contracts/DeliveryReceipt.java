package cn.lianxi.contracts;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A signed delivery receipt (回执) of one order to one agency, issued by agency-liaison-service at each
 * {@link ReceiptStage} and carried by a {@link ReferralOutcome} of outcome {@link OutcomeType#RECEIPT} to the case
 * timeline. {@code seal} is a detached JWS by {@code issuer}'s key over the canonical JSON of this record without its
 * {@code seal} (module {@code evidence}, {@code Canonical}); {@code answerSeal} is the agency's own seal over the
 * exact answer bytes whose SHA-256 is {@code answerDigest}.
 *
 * @param referralId   the referral
 * @param caseId       its case
 * @param requestId    the court's order (the requestId of the case event), or null for a referral created by staff
 * @param agencyId     the agency
 * @param referralKind what was asked
 * @param stage        which stage this receipt attests
 * @param at           when the stage was reached
 * @param orderDigest  SHA-256 (hex) of the sealed order document as the court sealed it, or null when unsealed
 * @param orderSealedBy the key id (court code) that sealed the order, or null when unsealed
 * @param answerDigest for ANSWERED: SHA-256 (hex) of the exact answer bytes; otherwise null
 * @param answerSeal   for ANSWERED: the agency's seal over those bytes, or null when the agency answered unsealed
 * @param issuer       the key id that sealed this receipt (agency-liaison-service)
 * @param seal         the issuer's detached JWS over this receipt without {@code seal}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryReceipt(
        @NotNull UUID referralId,
        @NotNull UUID caseId,
        String requestId,
        @NotBlank String agencyId,
        @NotNull ReferralKind referralKind,
        @NotNull ReceiptStage stage,
        @NotNull Instant at,
        @Pattern(regexp = "[0-9a-f]{64}") String orderDigest,
        String orderSealedBy,
        @Pattern(regexp = "[0-9a-f]{64}") String answerDigest,
        String answerSeal,
        @NotBlank String issuer,
        String seal) {

    /** The same receipt with {@code seal} set (null: the content that is sealed). */
    public DeliveryReceipt withSeal(String seal) {
        return new DeliveryReceipt(referralId, caseId, requestId, agencyId, referralKind, stage, at, orderDigest,
                orderSealedBy, answerDigest, answerSeal, issuer, seal);
    }
}
