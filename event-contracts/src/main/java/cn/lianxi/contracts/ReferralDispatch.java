package cn.lianxi.contracts;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.constraints.CleanText;

/**
 * A referral handed to a Kafka-connected agency, on {@link Topics#referralDispatch(String)} (one topic per referral
 * kind), keyed by agency id: each agency consumes its own key. The agency answers with an {@link AgencyResult}.
 *
 * <p>The same record, with {@code cancelledAt} and {@code cancelReason} set, withdraws a referral the agency was
 * handed before (撤回协查): the case was concluded while the referral was still open, so the agency must stop
 * working on it and its answer is refused ({@code referral-closed}). A cancellation repeats the referral's id, kind,
 * payload and times, has an {@code eventId} of its own and goes to the same topic and key, so it follows the dispatch
 * it withdraws in order. Both fields are absent on a dispatch and both present on a cancellation.
 *
 * @param eventId      unique id, equal to the CloudEvents {@code ce_id}
 * @param referralId   the referral to answer (or, on a cancellation, the one withdrawn)
 * @param agencyId     the agency it is addressed to
 * @param kind         what is asked
 * @param caseId       the enforcement case
 * @param caseNumber   the court's case number
 * @param courtCode    the requesting court
 * @param payload      what the agency needs
 * @param dueAt        answer before this
 * @param createdAt    when the referral was created
 * @param cancelledAt  null on a dispatch; on a cancellation, when the referral was withdrawn
 * @param cancelReason null on a dispatch; on a cancellation, why (e.g. {@code the case was concluded: FULL_PERFORMANCE})
 * @param orderDocument the court's order exactly as the court sealed it (the canonical JSON of its {@link CaseEvent}
 *                     without the seal), or null when the order was not sealed (a referral created by staff)
 * @param orderSeal    the court's seal over {@code orderDocument} (detached JWS, key id = the court code), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralDispatch(
        @NotNull UUID eventId,
        @NotNull UUID referralId,
        @NotBlank String agencyId,
        @NotNull ReferralKind kind,
        @NotNull UUID caseId,
        @NotBlank String caseNumber,
        @NotBlank String courtCode,
        @NotNull @Valid ReferralPayload payload,
        @NotNull Instant dueAt,
        @NotNull Instant createdAt,
        Instant cancelledAt,
        @Size(max = 500) @CleanText String cancelReason,
        String orderDocument,
        String orderSeal) {

    /** A dispatch of a new referral (nothing withdrawn). */
    public ReferralDispatch(UUID eventId, UUID referralId, String agencyId, ReferralKind kind, UUID caseId,
            String caseNumber, String courtCode, ReferralPayload payload, Instant dueAt, Instant createdAt) {
        this(eventId, referralId, agencyId, kind, caseId, caseNumber, courtCode, payload, dueAt, createdAt, null, null,
                null, null);
    }

    /** A dispatch or a cancellation without the court's sealed order. */
    public ReferralDispatch(UUID eventId, UUID referralId, String agencyId, ReferralKind kind, UUID caseId,
            String caseNumber, String courtCode, ReferralPayload payload, Instant dueAt, Instant createdAt,
            Instant cancelledAt, String cancelReason) {
        this(eventId, referralId, agencyId, kind, caseId, caseNumber, courtCode, payload, dueAt, createdAt, cancelledAt,
                cancelReason, null, null);
    }

    /** The same record carrying the court's sealed order, so the agency can verify the court's seal itself. */
    public ReferralDispatch withSealedOrder(String document, String seal) {
        return new ReferralDispatch(eventId, referralId, agencyId, kind, caseId, caseNumber, courtCode, payload, dueAt,
                createdAt, cancelledAt, cancelReason, document, seal);
    }

    /** CloudEvents type of a dispatch of {@code kind}, e.g. {@code cn.lianxi.liaison.referral.bank-inquiry.v1}. */
    public static String ceType(ReferralKind kind) {
        return "cn.lianxi.liaison.referral." + kind.slug() + ".v1";
    }

    /** Whether this record withdraws the referral instead of handing it out. */
    @JsonIgnore
    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** A cancellation names when and why; a dispatch names neither. */
    @JsonIgnore
    @AssertTrue(message = "cancelledAt and cancelReason are given together")
    public boolean isCancellationComplete() {
        return (cancelledAt == null) == (cancelReason == null || cancelReason.isBlank());
    }
}
