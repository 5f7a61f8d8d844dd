package cn.lianxi.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A referral handed to a Kafka-connected agency, on {@link Topics#referralDispatch(String)} (one topic per referral
 * kind), keyed by agency id: each agency consumes its own key. The agency answers with an {@link AgencyResult}.
 *
 * @param eventId    unique id, equal to the CloudEvents {@code ce_id}
 * @param referralId the referral to answer
 * @param agencyId   the agency it is addressed to
 * @param kind       referral kind, e.g. BANK_INQUIRY, FREEZE, CRIMINAL_REFERRAL
 * @param caseId     the enforcement case
 * @param caseNumber the court's case number
 * @param courtCode  the requesting court
 * @param payload    what the agency needs (respondentName, respondentIdNumber, and kind-specific fields)
 * @param dueAt      answer before this
 * @param createdAt  when the referral was created
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralDispatch(UUID eventId, UUID referralId, String agencyId, String kind, UUID caseId,
        String caseNumber, String courtCode, Map<String, Object> payload, Instant dueAt, Instant createdAt) {

    /** CloudEvents type of a dispatch of {@code kindSlug}, e.g. {@code cn.lianxi.liaison.referral.bank-inquiry.v1}. */
    public static String ceType(String kindSlug) {
        return "cn.lianxi.liaison.referral." + kindSlug + ".v1";
    }
}
