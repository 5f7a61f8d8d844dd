package cn.lianxi.contracts;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A referral handed to a Kafka-connected agency, on {@link Topics#referralDispatch(String)} (one topic per referral
 * kind), keyed by agency id: each agency consumes its own key. The agency answers with an {@link AgencyResult}.
 *
 * @param eventId    unique id, equal to the CloudEvents {@code ce_id}
 * @param referralId the referral to answer
 * @param agencyId   the agency it is addressed to
 * @param kind       what is asked
 * @param caseId     the enforcement case
 * @param caseNumber the court's case number
 * @param courtCode  the requesting court
 * @param payload    what the agency needs
 * @param dueAt      answer before this
 * @param createdAt  when the referral was created
 */
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
        @NotNull Instant createdAt) {

    /** CloudEvents type of a dispatch of {@code kind}, e.g. {@code cn.lianxi.liaison.referral.bank-inquiry.v1}. */
    public static String ceType(ReferralKind kind) {
        return "cn.lianxi.liaison.referral." + kind.slug() + ".v1";
    }
}
