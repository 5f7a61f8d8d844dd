package cn.lianxi.liaison.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jakarta.validation.Valid;

import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.constraints.CleanText;

/**
 * A judge refers a 拒执罪 lead (with its evidence summary) to the police of the court's jurisdiction, on the document
 * {@code legalBasis} names (the transfer letter, 移送函, is a notice of assistance here); the judge is the officer.
 */
public record CriminalReferralRequest(@NotNull UUID caseId, @NotBlank @Size(max = 60) @CleanText String caseNumber,
        @NotBlank @Size(max = 200) @CleanText String respondentName,
        @NotBlank @Size(min = 18, max = 18) String respondentIdNumber,
        @NotNull PartyType respondentType,
        @NotBlank @Size(max = 1000) @CleanText(multiLine = true) String evidenceSummary,
        @NotNull @Valid LegalBasis legalBasis) {

    /** The lead as the police receive it, transferred by {@code officer}. */
    ReferralPayload lead(Officer officer) {
        PartyRef respondent = new PartyRef(PartyRole.RESPONDENT, respondentType, respondentName, respondentIdNumber,
                false, null).normalised(false);
        return new ReferralPayload(respondent, null, null, null, null, evidenceSummary, null, null, null, officer,
                legalBasis);
    }
}
