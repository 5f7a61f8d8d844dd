package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.CourtCaseEvent.BoundPerson;

/**
 * Bodies of the judges' direct actions on a case. Their field names are those of the court event they become, so
 * each action runs through the court-event intake exactly like an event of the same kind.
 */
public final class ActionRequests {

    private ActionRequests() {
    }

    /** Move the case: INVESTIGATING, MEASURES_UNDER_WAY, SUSPENDED or CONCLUDED (with a conclusion type). */
    public record Transition(@NotBlank String targetStatus, ConclusionType conclusionType,
            @Size(max = 500) String reason) {
    }

    /** 财产查询 on a respondent (the only one when omitted). */
    public record AssetInquiry(@Size(max = 18) String respondentIdNumber) {
    }

    /** 冻结 / 解冻 / 扣划 on an account at a bank (or another agency). */
    public record AccountMeasure(@Size(max = 40) String bankCode, @Size(max = 60) String agencyId,
            @NotBlank @Size(max = 40) String accountNumber,
            @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @Size(max = 18) String respondentIdNumber) {
    }

    /** A payment received (执行款到位). */
    public record Payment(@NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotBlank String source) {
    }

    /** A 拒执 lead. */
    public record RefusalReport(@NotBlank @Size(max = 2000) String evidenceSummary,
            @Size(max = 18) String respondentIdNumber) {
    }

    /** 纳入失信被执行人名单. */
    public record DishonestListing(@NotNull @Min(1) @Max(6) Integer ground, @Min(24) @Max(60) Integer periodMonths,
            LocalDate decisionDate, @Size(max = 100) String documentNumber, @Size(max = 18) String respondentIdNumber) {
    }

    /** 限制消费令. */
    public record ConsumptionRestriction(@NotEmpty List<@NotBlank String> behaviours,
            List<@Valid @NotNull BoundPerson> boundPersons, LocalDate decisionDate,
            @Size(max = 100) String documentNumber, @Size(max = 18) String respondentIdNumber) {
    }

    /** 执转破 proposal. */
    public record BankruptcyProposal(@Size(max = 500) String reason) {
    }

    /** 追加当事人 (party) or 更正当事人 (party and the identifier being corrected). */
    public record PartyChange(@NotNull @Valid FileCaseRequest.PartyRequest party,
            @Size(max = 18) String previousIdNumber) {
    }
}
