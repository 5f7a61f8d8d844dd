package cn.lianxi.liaison.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.constraints.CleanText;

/**
 * A judge's nationwide bank inquiry (总对总) for respondents of a case of their court, on the notice of assistance
 * (or ruling) {@code legalBasis} names; every bank sees it and the judge (from the token) as the officer.
 */
public record BankInquiryRequest(@NotNull UUID caseId, @NotBlank @Size(max = 60) @CleanText String caseNumber,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Respondent> respondents,
        @NotNull @Valid LegalBasis legalBasis) {

    public record Respondent(@NotBlank @Size(max = 200) @CleanText String name,
            @NotBlank @Size(min = 18, max = 18) String idNumber,
            @NotNull PartyType type) {
    }

    /** The respondents as the contract names parties. */
    List<PartyRef> parties() {
        return respondents.stream().map(r -> new PartyRef(PartyRole.RESPONDENT, r.type(), r.name(), r.idNumber(),
                false, null).normalised(false)).toList();
    }
}
