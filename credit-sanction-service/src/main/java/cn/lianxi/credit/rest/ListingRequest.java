package cn.lianxi.credit.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.service.ListingDecision;
import cn.lianxi.credit.service.ListingRules;

/**
 * A credit officer's decision to list a respondent as a dishonest debtor (纳入失信被执行人名单决定).
 *
 * @param ground             the item of 法释〔2017〕7号 art. 1, 1 to 6; another number is refused as {@code unknown-ground}
 * @param periodMonths       grounds 2-6: 24, or 36 / 48 / 60 when extended, null meaning 24; ground 1: must be null
 *                           (no fixed term, art. 2)
 * @param repeatedBreaches   the respondent has several dishonest acts (多项失信行为): allows an extension
 * @param sufficientSecurity the respondent has given sufficient, effective security (提供了充分有效担保)
 */
public record ListingRequest(
        @NotNull UUID caseId,
        @NotBlank @Size(max = 18) String respondentIdNumber,
        @NotNull Integer ground,
        Integer periodMonths,
        @NotNull LocalDate decisionDate,
        @NotBlank @Size(max = 100) String documentNumber,
        boolean repeatedBreaches,
        boolean sufficientSecurity) {

    public ListingDecision toDecision() {
        return new ListingDecision(caseId, respondentIdNumber, ListingRules.ground(ground), periodMonths, decisionDate,
                documentNumber, repeatedBreaches, sufficientSecurity);
    }
}
