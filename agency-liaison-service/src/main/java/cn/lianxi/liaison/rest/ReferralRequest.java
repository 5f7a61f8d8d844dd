package cn.lianxi.liaison.rest;

import java.math.BigDecimal;
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
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.liaison.service.ReferralCommand;

/**
 * A judge's request to one agency about a case of their court. The kind-specific fields (account and amount of a
 * bank measure, plate of a vehicle, a note) are handed to the agency in the referral's payload, with the judge as
 * the officer (from the token) and the document the request rests on.
 *
 * @param amount     CNY, at most two decimals
 * @param legalBasis the 执行裁定书 or 协助执行通知书 the agency acts on (e.g. the notice to locate a person), and why
 */
public record ReferralRequest(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 60) @CleanText String caseNumber,
        @NotNull ReferralKind kind,
        @NotBlank @Size(max = 60) String agencyId,
        @NotBlank @Size(max = 200) @CleanText String respondentName,
        @NotBlank @Size(min = 18, max = 18) String respondentIdNumber,
        @NotNull PartyType respondentType,
        @Size(max = 40) @CleanText String accountNumber,
        @Amount BigDecimal amount,
        @Size(max = 40) @CleanText String bankCode,
        @Size(max = 20) @CleanText String plateNumber,
        @Size(max = 2000) @CleanText(multiLine = true) String note,
        @NotNull @Valid LegalBasis legalBasis) {

    /** The request as ordered by {@code officer}. */
    ReferralCommand command(Officer officer) {
        PartyRef respondent = new PartyRef(PartyRole.RESPONDENT, respondentType, respondentName,
                respondentIdNumber, false, null).normalised(false);
        return new ReferralCommand(caseId, caseNumber, kind, agencyId, new ReferralPayload(respondent, accountNumber,
                amount, bankCode, null, null, null, plateNumber, note, officer, legalBasis));
    }
}
