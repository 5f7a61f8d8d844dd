package cn.lianxi.contracts;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.constraints.CleanText;

/**
 * A Kafka-connected agency's reply to a {@link ReferralDispatch}, on {@link Topics#AGENCY_RESULTS}, keyed by referral
 * id. It has the same effect as the pull API: the same checks and the same {@link ReferralOutcome}.
 *
 * @param eventId    unique id chosen by the agency; the service is idempotent on it (the same id with another
 *                   content is refused)
 * @param referralId the referral answered
 * @param agencyId   the answering agency (must be the referral's agency)
 * @param action     ACKNOWLEDGE, ANSWER, REJECT or AMEND
 * @param result     for ANSWER and AMEND: the typed answer, same JSON as the pull API's answer body (with its
 *                   {@code type})
 * @param reason     for REJECT and AMEND: why
 * @param occurredAt when the agency produced it
 * @param replaces   for AMEND only: the {@code eventId} of the {@link ReferralOutcome} the corrected answer replaces
 *                   (the referral's {@code answerId} on the pull API)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyResult(
        @NotNull UUID eventId,
        @NotNull UUID referralId,
        @NotBlank @Size(max = 60) @CleanText String agencyId,
        @NotNull AgencyAction action,
        @Valid ReferralResult result,
        @Size(max = 2000) @CleanText(multiLine = true) String reason,
        Instant occurredAt,
        UUID replaces) {

    /** Any action but AMEND, which alone names the outcome it {@code replaces}. */
    public AgencyResult(UUID eventId, UUID referralId, String agencyId, AgencyAction action, ReferralResult result,
            String reason, Instant occurredAt) {
        this(eventId, referralId, agencyId, action, result, reason, occurredAt, null);
    }

    /** CloudEvents type, e.g. {@code cn.lianxi.agency.result.answer.v1}. */
    public String ceType() {
        return "cn.lianxi.agency.result." + action.slug() + ".v1";
    }

    /** Bean Validation reads it as {@code resultGiven}: an ANSWER or AMEND carries its result, nothing else does. */
    @JsonIgnore
    @jakarta.validation.constraints.AssertTrue(
            message = "an ANSWER or AMEND carries a result; ACKNOWLEDGE and REJECT do not")
    public boolean isResultGiven() {
        return (action == AgencyAction.ANSWER || action == AgencyAction.AMEND) == (result != null);
    }

    /** Bean Validation reads it as {@code replacesGiven}: an AMEND names what it replaces, nothing else does. */
    @JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "an AMEND names the outcome it replaces; no other action does")
    public boolean isReplacesGiven() {
        return (action == AgencyAction.AMEND) == (replaces != null);
    }
}
