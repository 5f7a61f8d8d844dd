package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.CommonFields.AccountNumber;
import cn.lianxi.contracts.constraints.CommonFields.CaseNumber;
import cn.lianxi.contracts.constraints.CommonFields.CourtCode;
import cn.lianxi.contracts.constraints.CommonFields.EventId;
import cn.lianxi.contracts.constraints.CommonFields.OfficerName;
import cn.lianxi.contracts.constraints.CommonFields.Reason;
import cn.lianxi.contracts.constraints.CommonFields.RespondentId;
import cn.lianxi.contracts.constraints.DistinctParties;
import cn.lianxi.contracts.constraints.ListingPeriod;
import cn.lianxi.contracts.constraints.SensibleDate;

/**
 * One event of a court's case management system about one of its enforcement cases: each element of
 * {@code POST /court-events} and the value of each record on {@link Topics#COURT_CASE_EVENTS} (key: court code +
 * {@code |} + case number). {@code kind} names the record; each record has exactly the fields of its kind, and its
 * Bean Validation constraints are the one rule set every channel applies (HTTP, Kafka, the judges' REST actions).
 * <p>
 * Common fields: {@code eventId} (court-assigned, unique per court; re-sending the same event is harmless, the same
 * id with other content is refused), {@code courtCode} (over HTTP it must equal the token's court, or be omitted),
 * {@code caseNumber} (e.g. {@code (2023)苏05执123号}), {@code occurredAt} (when it happened at the court; orders
 * held events of one case; not in the future beyond clock skew) and {@code officer} (承办人, if not the caller).
 * <p>
 * A measure ({@link Measure}: inquiry, freeze, renewal, unfreeze, deduction, 拒执 lead) also names who orders it
 * ({@code orderedBy}) and the document it rests on ({@code legalBasis}); without them it is refused on every channel.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CourtCaseEvent.CaseFiled.class, name = "CASE_FILED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.PartyAdded.class, name = "PARTY_ADDED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.PartyCorrected.class, name = "PARTY_CORRECTED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.AssetInquiryRequested.class, name = "ASSET_INQUIRY_REQUESTED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.FreezeOrdered.class, name = "FREEZE_ORDERED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.FreezeRenewalOrdered.class, name = "FREEZE_RENEWAL_ORDERED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.UnfreezeOrdered.class, name = "UNFREEZE_ORDERED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.DeductionOrdered.class, name = "DEDUCTION_ORDERED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.PaymentReceived.class, name = "PAYMENT_RECEIVED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.RefusalReported.class, name = "REFUSAL_REPORTED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.DishonestListingDecided.class, name = "DISHONEST_LISTING_DECIDED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.ConsumptionRestrictionOrdered.class,
            name = "CONSUMPTION_RESTRICTION_ORDERED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.StatusChanged.class, name = "STATUS_CHANGED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.CaseSuspended.class, name = "CASE_SUSPENDED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.CaseResumed.class, name = "CASE_RESUMED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.CaseConcluded.class, name = "CASE_CONCLUDED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.BankruptcyTransferProposed.class, name = "BANKRUPTCY_TRANSFER_PROPOSED"),
    @JsonSubTypes.Type(value = CourtCaseEvent.CapacityFound.class, name = "CAPACITY_FOUND")
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface CourtCaseEvent {

    String eventId();

    String courtCode();

    String caseNumber();

    Instant occurredAt();

    String officer();

    /** The kind, as the JSON's {@code kind} names it (the record's name in {@code @JsonSubTypes} above). */
    @JsonIgnore
    default CourtEventKind kind() {
        return SubtypeKinds.of(this, CourtCaseEvent.class, CourtEventKind.class);
    }

    /** A measure or decision about one respondent; null names the case's only respondent. */
    interface AboutRespondent {
        String respondentIdNumber();
    }

    /**
     * A measure against the respondent's assets or person (查询, 冻结, 续冻, 解冻, 扣划, 拒执 transfer to the police): it
     * names the officer who orders it and the enforcement document it rests on (民事诉讼法 art. 253 para. 2, 2023
     * text: a freeze or a deduction is ordered by a ruling with a notice of assistance), and it is refused without
     * them.
     */
    interface Measure {
        /** 承办人: the token's subject and name over the REST actions, as the court system states it otherwise. */
        Officer orderedBy();

        /** The 执行裁定书 or 协助执行通知书 and the measure's purpose. */
        LegalBasis legalBasis();
    }

    /** An event that may conclude the case (结案): STATUS_CHANGED to CONCLUDED, or CASE_CONCLUDED. */
    interface Conclusion {
        /** The conclusion type when the event concludes the case, else null. */
        ConclusionType concludesAs();

        String reason();

        /** For 终本: the day the applicant was told and heard (法〔2016〕373号), or null. */
        LocalDate applicantInformedOn();
    }

    /** 冻结 / 解冻 / 扣划 on a deposit account. */
    interface AccountMeasure extends AboutRespondent, Measure {
        String bankCode();

        String agencyId();

        String accountNumber();

        BigDecimal amount();

        /**
         * For an unfreeze or a deduction: the freeze (the {@code eventId} of its FREEZE_ORDERED) it releases or draws
         * on; null lets the platform take the case's freeze in force on the same account. Always null on a freeze.
         */
        default String freezeRequestId() {
            return null;
        }
    }

    /**
     * 立案: a new enforcement case. {@code minor} of the parties is computed, not read. {@code performanceDue} is the
     * deadline of the performance notice (执行通知书, 民事诉讼法 art. 251, 2023 text) the court served with the filing,
     * when it wrote one; absent, the platform's configured term after the filing applies.
     */
    record CaseFiled(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @NotNull @SensibleDate(earliest = "1990-01-01") LocalDate filedOn,
            @NotNull BasisType basisType,
            @NotBlank @Size(max = 100) @CleanText String basisDocument,
            @NotNull @Amount BigDecimal amountOwed,
            @OfficerName String judge,
            @NotEmpty @Size(max = 50) @DistinctParties List<@Valid @NotNull PartyRef> parties,
            Instant performanceDue) implements CourtCaseEvent {

        /** A filing whose notice takes the platform's term. */
        public CaseFiled(String eventId, String courtCode, String caseNumber, Instant occurredAt, String officer,
                LocalDate filedOn, BasisType basisType, String basisDocument, BigDecimal amountOwed, String judge,
                List<PartyRef> parties) {
            this(eventId, courtCode, caseNumber, occurredAt, officer, filedOn, basisType, basisDocument, amountOwed,
                    judge, parties, null);
        }
    }

    /** A party joins the case (e.g. a further respondent, 追加被执行人). */
    record PartyAdded(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @NotNull @Valid PartyRef party) implements CourtCaseEvent {
    }

    /** A party's name or identifier is corrected; {@code previousIdNumber} defaults to {@code party.idNumber}. */
    record PartyCorrected(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @NotNull @Valid PartyRef party,
            @Size(max = 18) @CleanText String previousIdNumber) implements CourtCaseEvent {
    }

    /** 财产查询 on one respondent (all of them when {@code respondentIdNumber} is null): the nationwide fan-out. */
    record AssetInquiryRequested(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis)
            implements CourtCaseEvent, AboutRespondent, Measure {
    }

    /** 冻结 of a deposit account at a bank ({@code bankCode}) or another agency ({@code agencyId}). */
    record FreezeOrdered(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @Size(max = 40) @CleanText String bankCode, @Size(max = 60) @CleanText String agencyId,
            @AccountNumber String accountNumber,
            @NotNull @Amount BigDecimal amount,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis)
            implements CourtCaseEvent, AccountMeasure {
    }

    /**
     * 续冻: the freeze {@code freezeRequestId} (the {@code eventId} of its FREEZE_ORDERED) is extended by a new term
     * before it lapses. Bank, account and respondent are the freeze's; {@code amount} null renews what is frozen. A
     * renewal is a measure of its own: the bank acts on a new 协助执行通知书 (续行冻结), named in {@code legalBasis}.
     */
    record FreezeRenewalOrdered(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @NotBlank @Size(max = 100) @CleanText String freezeRequestId,
            @Amount BigDecimal amount,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis)
            implements CourtCaseEvent, Measure {
    }

    /** 解冻; {@code amount} null releases the whole freeze; {@code freezeRequestId} names the freeze released. */
    record UnfreezeOrdered(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @Size(max = 40) @CleanText String bankCode, @Size(max = 60) @CleanText String agencyId,
            @AccountNumber String accountNumber,
            @Amount BigDecimal amount,
            @Size(max = 100) @CleanText String freezeRequestId,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis)
            implements CourtCaseEvent, AccountMeasure {
    }

    /** 扣划 to the court's account; {@code freezeRequestId} names the freeze it draws on. */
    record DeductionOrdered(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @Size(max = 40) @CleanText String bankCode, @Size(max = 60) @CleanText String agencyId,
            @AccountNumber String accountNumber,
            @NotNull @Amount BigDecimal amount,
            @Size(max = 100) @CleanText String freezeRequestId,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis)
            implements CourtCaseEvent, AccountMeasure {
    }

    /**
     * A payment reached the applicant or the court's account (执行款到位). {@code transferReference} is the transfer's
     * reference (the bank's 流水号, a receipt number): the case's ledger counts one transfer once, however often and
     * by whomever it is reported.
     */
    record PaymentReceived(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @NotNull @Amount BigDecimal amount,
            @NotNull PaymentSource source,
            @NotBlank @Size(max = 100) @CleanText String transferReference) implements CourtCaseEvent {
    }

    /** 拒执 lead: the respondent refuses to comply; the evidence summary goes to the police. */
    record RefusalReported(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String evidenceSummary,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis)
            implements CourtCaseEvent, AboutRespondent, Measure {
    }

    /**
     * 纳入失信被执行人名单 decided (法释〔2017〕7号 art. 1, 2). {@code ground}: the art. 1 item, 1 to 6.
     * {@code periodMonths} (art. 2): for items (2)–(6) 24, or 36 / 48 / 60 when extended, absent meaning 24; for
     * item (1) it must be absent (no fixed term: the listing lasts until performance). The rules that need the
     * respondent's record (a minor on the decision date, art. 4; sufficient security, art. 3; the extension's
     * justification; the six-month bar of art. 10) are credit-sanction-service's; a refusal comes back on the case
     * timeline.
     */
    @ListingPeriod
    record DishonestListingDecided(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @NotNull ListingGround ground,
            @ListingPeriod Integer periodMonths,
            @SensibleDate LocalDate decisionDate,
            @Size(max = 100) @CleanText String documentNumber)
            implements CourtCaseEvent, AboutRespondent, ListingPeriod.Term {
    }

    /**
     * 限制消费令 ordered (法释〔2015〕17号). Only a company's order binds other persons (art. 3, second paragraph).
     */
    record ConsumptionRestrictionOrdered(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @NotEmpty @Size(max = 11) List<@NotNull RestrictedBehaviour> behaviours,
            @Size(max = 20) List<@Valid @NotNull BoundPerson> boundPersons,
            @SensibleDate LocalDate decisionDate,
            @Size(max = 100) @CleanText String documentNumber) implements CourtCaseEvent, AboutRespondent {
    }

    /**
     * A plain status change; CONCLUDED needs {@code conclusionType}. A case never returns to FILED.
     * {@code applicantInformedOn}: for 终本 (TERMINATION_OF_THIS_ROUND), the day the applicant was told of the
     * investigation, the debtor's assets and the consequences of 终本 and heard on it (法〔2016〕373号); ignored otherwise.
     */
    record StatusChanged(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @NotNull CaseStatus targetStatus,
            ConclusionType conclusionType,
            @Reason String reason,
            @SensibleDate LocalDate applicantInformedOn) implements CourtCaseEvent, Conclusion {

        /** Without {@code applicantInformedOn}. */
        public StatusChanged(String eventId, String courtCode, String caseNumber, Instant occurredAt, String officer,
                CaseStatus targetStatus, ConclusionType conclusionType, String reason) {
            this(eventId, courtCode, caseNumber, occurredAt, officer, targetStatus, conclusionType, reason, null);
        }

        /** The conclusion type when this change concludes the case, else null. */
        @Override
        @JsonIgnore
        public ConclusionType concludesAs() {
            return targetStatus == CaseStatus.CONCLUDED ? conclusionType : null;
        }

        /** Bean Validation reads it as the property {@code conclusionTypeGiven}; its message names the field. */
        @JsonIgnore
        @jakarta.validation.constraints.AssertTrue(message = "conclusionType is required to conclude")
        public boolean isConclusionTypeGiven() {
            return targetStatus != CaseStatus.CONCLUDED || conclusionType != null;
        }

        @JsonIgnore
        @jakarta.validation.constraints.AssertTrue(message = "a case cannot return to FILED")
        public boolean isNotBackToFiled() {
            return targetStatus != CaseStatus.FILED;
        }
    }

    /** 中止执行. */
    record CaseSuspended(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @Reason String reason) implements CourtCaseEvent {
    }

    /** 恢复执行: after a suspension, or a 终本 case whose respondent now has assets. */
    record CaseResumed(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @Reason String reason) implements CourtCaseEvent {
    }

    /** 结案; {@code applicantInformedOn} as in {@link StatusChanged}. */
    record CaseConcluded(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @NotNull ConclusionType conclusionType,
            @Reason String reason,
            @SensibleDate LocalDate applicantInformedOn) implements CourtCaseEvent, Conclusion {

        /** Without {@code applicantInformedOn}. */
        public CaseConcluded(String eventId, String courtCode, String caseNumber, Instant occurredAt, String officer,
                ConclusionType conclusionType, String reason) {
            this(eventId, courtCode, caseNumber, occurredAt, officer, conclusionType, reason, null);
        }

        @Override
        @JsonIgnore
        public ConclusionType concludesAs() {
            return conclusionType;
        }
    }

    /** 执转破: transfer to bankruptcy proposed. */
    record BankruptcyTransferProposed(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @Reason String reason) implements CourtCaseEvent {
    }

    /**
     * The judge's finding on a respondent's capacity to perform: will not (失信, UNWILLING) or cannot (失能, UNABLE),
     * with the reason (e.g. the investigation found no assets, the respondent is seriously ill). A later finding
     * replaces an earlier one. An UNABLE respondent is not listed on ground (1) (法释〔2017〕7号 art. 1(1), art. 3).
     */
    record CapacityFound(
            @EventId String eventId, @CourtCode String courtCode, @CaseNumber String caseNumber,
            @SensibleDate Instant occurredAt, @OfficerName String officer,
            @RespondentId String respondentIdNumber,
            @NotNull PerformanceCapacity finding,
            @NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason)
            implements CourtCaseEvent, AboutRespondent {
    }
}
