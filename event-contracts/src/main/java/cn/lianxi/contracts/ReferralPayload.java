package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;

/**
 * What an agency needs to act on a referral: whom it concerns and the fields its kind uses. The same JSON is the
 * {@code payload} of the pull API's referral and of a {@link ReferralDispatch}.
 *
 * @param respondent     the respondent (被执行人) concerned
 * @param accountNumber  FREEZE, UNFREEZE, DEDUCTION: the account
 * @param amount         FREEZE, DEDUCTION (and a partial UNFREEZE): the amount, CNY
 * @param bankCode       bank measures: the bank's code as the court named it
 * @param requestId      the court event or request that asked for it
 * @param evidenceSummary CRIMINAL_REFERRAL: the lead's evidence (拒执线索)
 * @param criminalReferralId the 拒执罪 workflow the referral belongs to (police, procuratorate)
 * @param plateNumber    LOCATE_VEHICLE: the plate
 * @param note           anything else the court asks (free text)
 * @param orderedBy      the court officer (承办人) who ordered the measure; absent only on what the platform asks by
 *                       itself (the 总对总 inquiry on filing, the repeated search after 终本, the release of freezes on
 *                       a conclusion)
 * @param legalBasis     the enforcement document (执行裁定书 / 协助执行通知书) the measure rests on and its purpose;
 *                       absent on the same
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralPayload(
        @NotNull @Valid PartyRef respondent,
        @Size(max = 40) @CleanText String accountNumber,
        @Amount BigDecimal amount,
        @Size(max = 40) @CleanText String bankCode,
        @Size(max = 100) String requestId,
        @Size(max = 2000) @CleanText(multiLine = true) String evidenceSummary,
        UUID criminalReferralId,
        @Size(max = 20) @CleanText String plateNumber,
        @Size(max = 2000) @CleanText(multiLine = true) String note,
        @Valid Officer orderedBy,
        @Valid LegalBasis legalBasis) {

    /** The payload of a referral about {@code respondent}, ordered by {@code orderedBy} on {@code legalBasis}. */
    public static ReferralPayload about(PartyRef respondent, Officer orderedBy, LegalBasis legalBasis) {
        return new ReferralPayload(respondent, null, null, null, null, null, null, null, null, orderedBy, legalBasis);
    }
}
