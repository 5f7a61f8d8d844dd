package cn.lianxi.liaison.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A judge's nationwide bank inquiry (总对总) for respondents of a case of their court. */
public record BankInquiryRequest(@NotNull UUID caseId, @NotBlank @Size(max = 60) String caseNumber,
        @NotEmpty @Size(max = 20) List<@Valid Respondent> respondents) {

    public record Respondent(@NotBlank @Size(max = 200) String name,
            @NotBlank @Size(min = 18, max = 18) String idNumber,
            @NotNull @Pattern(regexp = "PERSON|COMPANY") String type) {
    }
}
