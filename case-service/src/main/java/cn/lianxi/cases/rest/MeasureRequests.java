package cn.lianxi.cases.rest;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;

/**
 * Bodies of the measures on a person and on seized property, and of the cancellation of a measure: the constraints
 * are the contract's, so a wrong field is named at once (problem+json).
 */
public final class MeasureRequests {

    private MeasureRequests() {
    }

    /** 限制出境 on a respondent (the only one when omitted), on the ruling or decision {@code legalBasis} names. */
    public record ExitBan(@Size(max = 18) @CleanText String respondentIdNumber, @NotNull @Valid LegalBasis legalBasis,
            @Size(max = 500) @CleanText(multiLine = true) String reason) {
    }

    /** 解除限制出境 of the exit ban ordered as {@code exitBanRequestId}. */
    public record ExitBanLifting(@NotBlank @Size(max = 100) @CleanText String exitBanRequestId,
            @NotNull @Valid LegalBasis legalBasis, @Size(max = 500) @CleanText(multiLine = true) String reason) {
    }

    /**
     * A seized asset handed to the judicial auction: what it is, its reserve price (起拍价, CNY, two decimals), the
     * platform ({@code agencyId}; the one active platform when omitted) and the respondent it belongs to.
     */
    public record AuctionHandoff(@NotBlank @Size(max = 500) @CleanText String assetDescription,
            @NotNull @Amount BigDecimal reservePrice, @Size(max = 60) @CleanText String agencyId,
            @Size(max = 18) @CleanText String respondentIdNumber, @NotNull @Valid LegalBasis legalBasis) {
    }

    /** 撤销 of the measure ordered as {@code requestId} (its order's event id), with the reason. */
    public record Cancellation(@NotBlank @Size(max = 100) @CleanText String requestId,
            @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
    }
}
