package cn.lianxi.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A joint-sanction change (联合惩戒) on {@link Topics#CREDIT_SANCTIONS}, keyed by case id. Partner agencies
 * (banks, transport, market regulation) apply or lift the sanction on the subject.
 *
 * @param eventId    unique id, equal to the CloudEvents {@code ce_id}
 * @param sanctionId the listing or restriction order
 * @param sanction   DISHONEST_LISTING (失信被执行人名单) or CONSUMPTION_RESTRICTION (限制消费令)
 * @param change     IMPOSED, CHANGED, LIFTED or EXPIRED
 * @param caseId     the case
 * @param courtCode  the deciding court
 * @param subjectName the listed person or company
 * @param subjectIdNumber resident ID or unified social credit code (full: partner agencies must match it)
 * @param ground     the statutory ground (listing) or null
 * @param restrictedBehaviours the barred behaviours (restriction) or empty
 * @param validFrom  start of the sanction
 * @param validUntil planned end (listing) or null
 * @param reason     legal reason of a lifting or change
 * @param occurredAt when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SanctionEvent(UUID eventId, UUID sanctionId, String sanction, String change, UUID caseId,
        String courtCode, String subjectName, String subjectIdNumber, String ground,
        List<String> restrictedBehaviours, LocalDate validFrom, LocalDate validUntil, String reason,
        Instant occurredAt) {

    /** CloudEvents type, e.g. {@code cn.lianxi.credit.dishonest-listing.imposed.v1}. */
    public String ceType() {
        return "cn.lianxi.credit." + sanction.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "."
                + change.toLowerCase(java.util.Locale.ROOT) + ".v1";
    }
}
