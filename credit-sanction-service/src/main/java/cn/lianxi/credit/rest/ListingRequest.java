package cn.lianxi.credit.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision to list a respondent as a dishonest debtor (纳入失信被执行人名单决定), from a credit officer or from the
 * {@code detail} of a {@code DISHONEST_LISTING_DECIDED} case event.
 *
 * @param ground             1 to 6 (see the README)
 * @param periodMonths       24, or 36 / 48 / 60 when extended; null means 24
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
}
