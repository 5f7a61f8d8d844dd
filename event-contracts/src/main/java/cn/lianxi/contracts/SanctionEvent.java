package cn.lianxi.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A joint-sanction change (联合惩戒) on {@link Topics#CREDIT_SANCTIONS}, keyed by case id. Partner agencies
 * (banks, transport, market regulation) apply or lift the sanction on the subject; case-service reads the REFUSED
 * ones, so a court's decision that the credit rules refuse shows on the case timeline with its reason.
 *
 * @param eventId    unique id, equal to the CloudEvents {@code ce_id}
 * @param sanctionId the listing or restriction order; null for REFUSED (nothing was imposed)
 * @param sanction   DISHONEST_LISTING (失信被执行人名单) or CONSUMPTION_RESTRICTION (限制消费令)
 * @param change     IMPOSED, CHANGED, LIFTED, EXPIRED or REFUSED
 * @param caseId     the case
 * @param courtCode  the deciding court
 * @param subjectName the listed person or company
 * @param subjectIdNumber resident ID or unified social credit code (full: partner agencies must match it)
 * @param ground     the statutory ground (listing): the item of 法释〔2017〕7号 art. 1, 1 to 6; null for a restriction
 * @param restrictedBehaviours the barred behaviours (restriction) or empty
 * @param validFrom  start of the sanction (REFUSED: the decision date)
 * @param validUntil end of a listing's fixed term (art. 2: items (2)–(6)); null for a listing on item (1), which
 *                   has no fixed term and lasts until performance, and for a restriction
 * @param reason     legal reason of a lifting or change (a {@code LiftReason} name, e.g. {@code FULL_PERFORMANCE};
 *                   for CHANGED {@code CORRECTION: <fields>} or {@code RECONSIDERATION: <fields>}, the entry's
 *                   corrected fields, art. 12); for REFUSED the rule and why, e.g.
 *                   {@code period-extension-not-allowed: only violence or threats …}
 * @param decisionEventId for REFUSED: the case event whose decision was refused
 * @param occurredAt when
 * @param repairId   for a LIFTED change made by an approved credit repair (信用修复, reason {@code CREDIT_REPAIR}): the
 *                   repair; null otherwise. case-service puts such liftings on the case timeline
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SanctionEvent(
        @NotNull UUID eventId,
        UUID sanctionId,
        @NotNull SanctionKind sanction,
        @NotNull SanctionChange change,
        @NotNull UUID caseId,
        @NotBlank String courtCode,
        @NotBlank String subjectName,
        @NotBlank String subjectIdNumber,
        ListingGround ground,
        @NotNull List<@NotNull RestrictedBehaviour> restrictedBehaviours,
        LocalDate validFrom,
        LocalDate validUntil,
        String reason,
        UUID decisionEventId,
        @NotNull Instant occurredAt,
        UUID repairId) {

    /** Every change but a credit repair's lifting: no {@code repairId}. */
    public SanctionEvent(UUID eventId, UUID sanctionId, SanctionKind sanction, SanctionChange change, UUID caseId,
            String courtCode, String subjectName, String subjectIdNumber, ListingGround ground,
            List<RestrictedBehaviour> restrictedBehaviours, LocalDate validFrom, LocalDate validUntil, String reason,
            UUID decisionEventId, Instant occurredAt) {
        this(eventId, sanctionId, sanction, change, caseId, courtCode, subjectName, subjectIdNumber, ground,
                restrictedBehaviours, validFrom, validUntil, reason, decisionEventId, occurredAt, null);
    }

    /** The same change, made by credit repair {@code repair}. */
    public SanctionEvent byRepair(UUID repair) {
        return new SanctionEvent(eventId, sanctionId, sanction, change, caseId, courtCode, subjectName,
                subjectIdNumber, ground, restrictedBehaviours, validFrom, validUntil, reason, decisionEventId,
                occurredAt, repair);
    }

    /** CloudEvents type, e.g. {@code cn.lianxi.credit.dishonest-listing.imposed.v1}. */
    public String ceType() {
        return "cn.lianxi.credit." + sanction.slug() + "." + change.slug() + ".v1";
    }
}
