package cn.lianxi.contracts;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A member agency's current entry in the directory (成员单位名录), on {@link Topics#AGENCY_DIRECTORY}, keyed by agency
 * id, published by agency-liaison-service whenever an agency is registered or changed (and once for every agency
 * when the service starts, so a new consumer of the compacted topic learns them all).
 *
 * @param eventId    unique id, equal to the CloudEvents {@code ce_id}
 * @param agencyId   the agency
 * @param kind       what kind of agency it is (which referral kinds it takes)
 * @param name       its name
 * @param bankCode   for a bank: the code courts address it by (e.g. {@code ICBC}); otherwise null
 * @param status     ACTIVE, or SUSPENDED (takes nothing new)
 * @param occurredAt when the entry changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyChanged(
        @NotNull UUID eventId,
        @NotBlank String agencyId,
        @NotNull AgencyKind kind,
        @NotBlank String name,
        String bankCode,
        @NotNull AgencyStatus status,
        @NotNull Instant occurredAt) {

    /** CloudEvents type. */
    public static final String CE_TYPE = "cn.lianxi.liaison.agency.changed.v1";
}
