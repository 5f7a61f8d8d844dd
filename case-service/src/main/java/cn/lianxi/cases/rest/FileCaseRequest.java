package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.BasisType;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.DistinctParties;
import cn.lianxi.contracts.constraints.SensibleDate;

/**
 * A court files an enforcement case (立案). The court is the caller's own, taken from the token; the body maps to
 * the contract's CASE_FILED event, with its constraints. {@code performanceDue}: the deadline the court's performance
 * notice (执行通知书) gives the debtor, when it wrote one; absent, {@code lianxi.performance-notice.term} after the
 * filing date.
 */
public record FileCaseRequest(
        @NotBlank @Size(max = 60) @CleanText String caseNumber,
        @NotNull @SensibleDate(earliest = "1990-01-01") LocalDate filedOn,
        @NotNull BasisType basisType,
        @NotBlank @Size(max = 100) @CleanText String basisDocument,
        @NotNull @Amount BigDecimal amountOwed,
        @Size(max = 100) @CleanText String judge,
        @NotEmpty @Size(max = 50) @DistinctParties List<@Valid @NotNull PartyRef> parties,
        Instant performanceDue)
        implements ActionRequests.Action {

    @Override
    public CourtCaseEvent toEvent(ActionRequests.Stamp s) {
        return new CourtCaseEvent.CaseFiled(s.eventId(), s.courtCode(), caseNumber, null, s.officer(), filedOn,
                basisType, basisDocument, amountOwed, judge, parties, performanceDue);
    }
}
