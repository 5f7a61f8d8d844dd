package cn.lianxi.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A Kafka-connected agency's reply to a {@link ReferralDispatch}, on {@link Topics#AGENCY_RESULTS}, keyed by referral
 * id. It has the same effect as the pull API: the same checks and the same {@link ReferralOutcome}.
 *
 * @param eventId    unique id chosen by the agency; the service is idempotent on it
 * @param referralId the referral answered
 * @param agencyId   the answering agency (must be the referral's agency)
 * @param action     ACKNOWLEDGE, ANSWER or REJECT
 * @param result     for ANSWER: the typed result, same JSON as the pull API's answer body (with its {@code type})
 * @param reason     for REJECT: why
 * @param occurredAt when the agency produced it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyResult(UUID eventId, UUID referralId, String agencyId, String action, Map<String, Object> result,
        String reason, Instant occurredAt) {

    /** CloudEvents type, e.g. {@code cn.lianxi.agency.result.answer.v1}. */
    public String ceType() {
        return "cn.lianxi.agency.result." + action.toLowerCase(java.util.Locale.ROOT) + ".v1";
    }
}
