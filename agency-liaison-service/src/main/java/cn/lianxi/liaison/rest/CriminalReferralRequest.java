package cn.lianxi.liaison.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A judge refers a 拒执罪 lead (with its evidence summary) to the police of the court's jurisdiction. */
public record CriminalReferralRequest(@NotNull UUID caseId, @NotBlank @Size(max = 60) String caseNumber,
        @NotBlank @Size(max = 200) String respondentName,
        @NotBlank @Size(min = 18, max = 18) String respondentIdNumber,
        @NotNull @Pattern(regexp = "PERSON|COMPANY") String respondentType,
        @NotBlank @Size(max = 1000) String evidenceSummary) {
}
