package cn.lianxi.liaison.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.lianxi.liaison.ReferralKind;

/**
 * A judge's request to one agency about a case of their court. {@code detail} carries kind-specific fields
 * (accountNumber, amount, plateNumber, …) and is handed to the agency in the payload.
 */
public record ReferralRequest(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 60) String caseNumber,
        @NotNull ReferralKind kind,
        @NotBlank String agencyId,
        @NotBlank @Size(max = 200) String respondentName,
        @NotBlank @Size(min = 18, max = 18) String respondentIdNumber,
        @NotNull @Pattern(regexp = "PERSON|COMPANY") String respondentType,
        Map<String, Object> detail) {
}
