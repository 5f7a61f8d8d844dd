package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PaymentSource;
import cn.lianxi.contracts.PerformanceCapacity;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.ListingPeriod;
import cn.lianxi.contracts.constraints.SensibleDate;

/**
 * Bodies of court staff's direct actions on a case. Each maps to the court event of the same kind (the contract
 * record), so an action runs through the court-event intake exactly like a court system's event; the constraints
 * here are the contract's own, so Swagger documents them and a wrong field is named as in the event.
 */
public final class ActionRequests {

    private ActionRequests() {
    }

    /**
     * Who and what an action is about: the event's common fields, filled by the resource, not the caller;
     * {@code orderedBy} is the officer of a measure, from the token (a body cannot name another officer).
     */
    public record Stamp(String eventId, String courtCode, String caseNumber, String officer, Officer orderedBy) {
    }

    /** An action body: it becomes one court event. */
    public interface Action {
        CourtCaseEvent toEvent(Stamp s);
    }

    /**
     * Move the case: INVESTIGATING, MEASURES_UNDER_WAY, SUSPENDED or CONCLUDED (with a conclusion type). For 终本,
     * {@code applicantInformedOn} is the day the applicant was told and heard (法〔2016〕373号).
     */
    public record Transition(@NotNull CaseStatus targetStatus, ConclusionType conclusionType,
            @Size(max = 500) @CleanText(multiLine = true) String reason,
            @SensibleDate LocalDate applicantInformedOn) implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.StatusChanged(s.eventId(), s.courtCode(), s.caseNumber(), null, s.officer(),
                    targetStatus, conclusionType, reason, applicantInformedOn);
        }
    }

    /** 恢复执行: a suspended case, or a 终本 case (e.g. once it shows {@code resumable}: assets were found). */
    public record Resumption(@Size(max = 500) @CleanText(multiLine = true) String reason) implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.CaseResumed(s.eventId(), s.courtCode(), s.caseNumber(), null, s.officer(),
                    reason);
        }
    }

    /** 财产查询 on a respondent (the only one when omitted), on the document {@code legalBasis} names. */
    public record AssetInquiry(@Size(max = 18) @CleanText String respondentIdNumber,
            @NotNull @Valid LegalBasis legalBasis) implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.AssetInquiryRequested(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), respondentIdNumber, s.orderedBy(), legalBasis);
        }
    }

    /**
     * 冻结 / 解冻 / 扣划 on an account at a bank (or another agency); the resource picks the kind. An unfreeze or
     * deduction may name the freeze it releases or draws on ({@code freezeRequestId}, the freeze order's event id);
     * a freeze names none. {@code legalBasis}: the ruling or notice the bank acts on.
     */
    public record AccountMeasure(@Size(max = 40) @CleanText String bankCode, @Size(max = 60) @CleanText String agencyId,
            @NotBlank @Size(max = 40) @CleanText String accountNumber, @Amount BigDecimal amount,
            @Size(max = 18) @CleanText String respondentIdNumber,
            @Size(max = 100) @CleanText String freezeRequestId,
            @NotNull @Valid LegalBasis legalBasis) {

        Action freeze() {
            return s -> new CourtCaseEvent.FreezeOrdered(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), respondentIdNumber, bankCode, agencyId, accountNumber, amount, s.orderedBy(),
                    legalBasis);
        }

        Action unfreeze() {
            return s -> new CourtCaseEvent.UnfreezeOrdered(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), respondentIdNumber, bankCode, agencyId, accountNumber, amount, freezeRequestId,
                    s.orderedBy(), legalBasis);
        }

        Action deduction() {
            return s -> new CourtCaseEvent.DeductionOrdered(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), respondentIdNumber, bankCode, agencyId, accountNumber, amount, freezeRequestId,
                    s.orderedBy(), legalBasis);
        }
    }

    /**
     * 续冻 of a freeze of the case, named by its order's event id; {@code amount} null renews what it holds;
     * {@code legalBasis}: the new notice of assistance the bank renews on.
     */
    public record FreezeRenewal(@NotBlank @Size(max = 100) @CleanText String freezeRequestId, @Amount BigDecimal amount,
            @NotNull @Valid LegalBasis legalBasis) implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.FreezeRenewalOrdered(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), freezeRequestId, amount, s.orderedBy(), legalBasis);
        }
    }

    /** A payment received (执行款到位), with the transfer's reference (one transfer counts once in the ledger). */
    public record Payment(@NotNull @Amount BigDecimal amount, @NotNull PaymentSource source,
            @NotBlank @Size(max = 100) @CleanText String transferReference) implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.PaymentReceived(s.eventId(), s.courtCode(), s.caseNumber(), null, s.officer(),
                    amount, source, transferReference);
        }
    }

    /** A 拒执 lead, transferred to the police on the document {@code legalBasis} names. */
    public record RefusalReport(@NotBlank @Size(max = 2000) @CleanText(multiLine = true) String evidenceSummary,
            @Size(max = 18) @CleanText String respondentIdNumber, @NotNull @Valid LegalBasis legalBasis)
            implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.RefusalReported(s.eventId(), s.courtCode(), s.caseNumber(), null, s.officer(),
                    respondentIdNumber, evidenceSummary, s.orderedBy(), legalBasis);
        }
    }

    /**
     * 纳入失信被执行人名单: {@code ground} is the item of 法释〔2017〕7号 art. 1 (1 to 6); {@code periodMonths} (art. 2)
     * 24/36/48/60 for items 2-6 (absent: 24), absent for item 1 (no fixed term).
     */
    @ListingPeriod
    public record DishonestListing(@NotNull ListingGround ground, @ListingPeriod Integer periodMonths,
            @SensibleDate LocalDate decisionDate, @Size(max = 100) @CleanText String documentNumber,
            @Size(max = 18) @CleanText String respondentIdNumber) implements Action, ListingPeriod.Term {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.DishonestListingDecided(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), respondentIdNumber, ground, periodMonths, decisionDate, documentNumber);
        }
    }

    /** 限制消费令. */
    public record ConsumptionRestriction(@NotEmpty @Size(max = 11) List<@NotNull RestrictedBehaviour> behaviours,
            @Size(max = 20) List<@Valid @NotNull BoundPerson> boundPersons, @SensibleDate LocalDate decisionDate,
            @Size(max = 100) @CleanText String documentNumber, @Size(max = 18) @CleanText String respondentIdNumber)
            implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.ConsumptionRestrictionOrdered(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), respondentIdNumber, behaviours, boundPersons, decisionDate, documentNumber);
        }
    }

    /** 执转破 proposal. */
    public record BankruptcyProposal(@Size(max = 500) @CleanText(multiLine = true) String reason) implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.BankruptcyTransferProposed(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), reason);
        }
    }

    /**
     * The judge's finding on a respondent's capacity to perform (履行能力认定): UNWILLING (失信, able but will not) or
     * UNABLE (失能, cannot), with the reason; the only respondent when {@code respondentIdNumber} is omitted.
     */
    public record CapacityFinding(@NotNull PerformanceCapacity finding,
            @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason,
            @Size(max = 18) @CleanText String respondentIdNumber) implements Action {
        @Override
        public CourtCaseEvent toEvent(Stamp s) {
            return new CourtCaseEvent.CapacityFound(s.eventId(), s.courtCode(), s.caseNumber(), null, s.officer(),
                    respondentIdNumber, finding, reason);
        }
    }

    /** 追加当事人 (party) or 更正当事人 (party and the identifier being corrected); the resource picks the kind. */
    public record PartyChange(@NotNull @Valid PartyRef party, @Size(max = 18) @CleanText String previousIdNumber) {

        Action addition() {
            return s -> new CourtCaseEvent.PartyAdded(s.eventId(), s.courtCode(), s.caseNumber(), null, s.officer(),
                    party);
        }

        Action correction() {
            return s -> new CourtCaseEvent.PartyCorrected(s.eventId(), s.courtCode(), s.caseNumber(), null,
                    s.officer(), party, previousIdNumber);
        }
    }
}
