package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;

import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.ListingPeriod;

/**
 * The kind-specific part of a {@link CaseEvent}: one record per {@link CaseEventKind}, named in JSON by the event's
 * {@code kind}. Respondents are the case's parties as {@link PartyRef}s, so consumers never match identifiers by
 * hand.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = CaseEventDetail.CaseFiled.class, name = "CASE_FILED"),
    @JsonSubTypes.Type(value = CaseEventDetail.PartyChanged.class, name = "PARTY_CHANGED"),
    @JsonSubTypes.Type(value = CaseEventDetail.AssetInquiryRequested.class, name = "ASSET_INQUIRY_REQUESTED"),
    @JsonSubTypes.Type(value = CaseEventDetail.FreezeOrdered.class, name = "FREEZE_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.FreezeRenewalOrdered.class, name = "FREEZE_RENEWAL_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.UnfreezeOrdered.class, name = "UNFREEZE_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.DeductionOrdered.class, name = "DEDUCTION_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.PaymentReceived.class, name = "PAYMENT_RECEIVED"),
    @JsonSubTypes.Type(value = CaseEventDetail.RefusalReported.class, name = "REFUSAL_REPORTED"),
    @JsonSubTypes.Type(value = CaseEventDetail.DishonestListingDecided.class, name = "DISHONEST_LISTING_DECIDED"),
    @JsonSubTypes.Type(value = CaseEventDetail.ConsumptionRestrictionOrdered.class,
            name = "CONSUMPTION_RESTRICTION_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.StatusChanged.class, name = "STATUS_CHANGED"),
    @JsonSubTypes.Type(value = CaseEventDetail.CaseConcluded.class, name = "CASE_CONCLUDED"),
    @JsonSubTypes.Type(value = CaseEventDetail.BankruptcyTransferProposed.class, name = "BANKRUPTCY_TRANSFER_PROPOSED"),
    @JsonSubTypes.Type(value = CaseEventDetail.OutcomeRecorded.class, name = "OUTCOME_RECORDED"),
    @JsonSubTypes.Type(value = CaseEventDetail.CapacityFound.class, name = "CAPACITY_FOUND")
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface CaseEventDetail {

    /** The kind, as the event's {@code kind} names it (the record's name in {@code @JsonSubTypes} above). */
    @JsonIgnore
    default CaseEventKind kind() {
        return SubtypeKinds.of(this, CaseEventDetail.class, CaseEventKind.class);
    }

    /**
     * 立案: the case was filed; its parties are in the event's snapshot.
     *
     * @param performanceDue the deadline of the performance notice (执行通知书) served with the filing: the debtor may
     *                       perform by then before measures start, and credit counts the listing grace period (宽限期)
     *                       from it; null on cases filed before notices were recorded
     */
    record CaseFiled(@NotNull LocalDate filedOn, @NotNull BasisType basisType, Instant performanceDue)
            implements CaseEventDetail {

        /** A filing without a recorded notice. */
        public CaseFiled(LocalDate filedOn, BasisType basisType) {
            this(filedOn, basisType, null);
        }
    }

    /** A party was added, or corrected ({@code previousIdNumber} is the identifier it replaced). */
    record PartyChanged(@NotNull @Valid PartyRef party, String previousIdNumber) implements CaseEventDetail {
    }

    /**
     * 查询: the nationwide bank inquiry (总对总) on {@code respondent}, or on every respondent when null.
     *
     * @param orderedBy  the officer who asked (承办人); null only on a scheduled search
     * @param legalBasis the document the inquiry rests on; null only on a scheduled search
     * @param scheduled  true when the platform itself asked: the search repeated every six months for five years
     *                   after 终本 (法〔2016〕373号 art. 9 para. 2), which no officer orders one by one; null when a judge
     *                   asked
     */
    record AssetInquiryRequested(@Valid PartyRef respondent, @NotBlank String requestId, @Valid Officer orderedBy,
            @Valid LegalBasis legalBasis, Boolean scheduled) implements CaseEventDetail {

        /** A judge's inquiry. */
        public AssetInquiryRequested(PartyRef respondent, String requestId, Officer orderedBy, LegalBasis legalBasis) {
            this(respondent, requestId, orderedBy, legalBasis, null);
        }

        /** Bean Validation reads it as the property {@code basisGiven}; an officer's inquiry names both. */
        @JsonIgnore
        @AssertTrue(message = "orderedBy and legalBasis are required unless the platform scheduled the search")
        public boolean isBasisGiven() {
            return Boolean.TRUE.equals(scheduled) || orderedBy != null && legalBasis != null;
        }
    }

    /**
     * The order of a bank measure on one account: at the bank {@code bankCode}, or at {@code agencyId} when the
     * court named the executing agency.
     *
     * @param requestId       the court event that ordered it
     * @param amount          the amount to freeze or deduct; for an unfreeze, null releases the whole freeze
     * @param freezeRequestId for a renewal, an unfreeze or a deduction: the freeze order ({@code requestId} of its
     *                        {@link FreezeOrdered}) it extends, releases or draws on; null on a freeze, and on an
     *                        unfreeze or deduction it lets the platform take the case's freeze of the same account
     * @param orderedBy       the officer who ordered it (承办人); null only on an unfreeze the platform orders itself
     *                        when a conclusion releases the case's freezes
     * @param legalBasis      the 执行裁定书 or 协助执行通知书 it rests on; null only on such a release
     */
    record AccountOrder(@NotNull @Valid PartyRef respondent, String bankCode, String agencyId,
            @NotBlank String accountNumber, @Amount BigDecimal amount, @NotBlank String requestId,
            String freezeRequestId, @Valid Officer orderedBy, @Valid LegalBasis legalBasis) {
    }

    /** What freeze, unfreeze and deduction orders share. */
    sealed interface MeasureOrdered extends CaseEventDetail
            permits FreezeOrdered, FreezeRenewalOrdered, UnfreezeOrdered, DeductionOrdered {
        AccountOrder order();

        /** The referral kind that carries the order to its bank. */
        ReferralKind referralKind();
    }

    /** 冻结 ordered. */
    record FreezeOrdered(@NotNull @Valid AccountOrder order) implements MeasureOrdered {

        public ReferralKind referralKind() {
            return ReferralKind.FREEZE;
        }
    }

    /**
     * 续冻 ordered: the freeze {@code order.freezeRequestId} is extended by a new term before it lapses (a deposit
     * freeze lasts at most one year and may be renewed; an unrenewed one lapses).
     */
    record FreezeRenewalOrdered(@NotNull @Valid AccountOrder order) implements MeasureOrdered {

        public ReferralKind referralKind() {
            return ReferralKind.FREEZE_RENEWAL;
        }
    }

    /** 解冻 ordered. */
    record UnfreezeOrdered(@NotNull @Valid AccountOrder order) implements MeasureOrdered {

        public ReferralKind referralKind() {
            return ReferralKind.UNFREEZE;
        }
    }

    /** 扣划 ordered. */
    record DeductionOrdered(@NotNull @Valid AccountOrder order) implements MeasureOrdered {

        public ReferralKind referralKind() {
            return ReferralKind.DEDUCTION;
        }
    }

    /**
     * A payment was received, with the transfer's reference; the snapshot's {@code amountRecovered} is the case
     * ledger's sum, in which one transfer (one {@code transferReference}) counts once, however often it is reported.
     */
    record PaymentReceived(@NotNull @Amount BigDecimal amount, @NotNull PaymentSource source,
            @NotBlank String transferReference) implements CaseEventDetail {
    }

    /** 拒执 lead reported, for the police of the court's jurisdiction, by {@code orderedBy} on {@code legalBasis}. */
    record RefusalReported(@NotNull @Valid PartyRef respondent, @NotBlank String evidenceSummary,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis) implements CaseEventDetail {
    }

    /**
     * 失信 listing decided by the court; credit-sanction-service lists, or refuses with a {@link SanctionEvent} of
     * change REFUSED naming this event.
     *
     * @param ground       the art. 1 item, 1 to 6 (法释〔2017〕7号)
     * @param periodMonths the term (art. 2): 24, 36, 48 or 60 for items (2)–(6), always present for them; absent
     *                     for item (1), which has no fixed term and lasts until performance
     * @param documentNumber the decision's document number (the case number when the court gave none)
     */
    @ListingPeriod(termRequired = true)
    record DishonestListingDecided(@NotNull @Valid PartyRef respondent, @NotNull ListingGround ground,
            @ListingPeriod Integer periodMonths, @NotNull LocalDate decisionDate,
            @NotBlank String documentNumber) implements CaseEventDetail, ListingPeriod.Term {
    }

    /** 限制消费令 ordered; refused like a listing when the credit rules do not allow it. */
    record ConsumptionRestrictionOrdered(@NotNull @Valid PartyRef respondent,
            @NotEmpty List<@NotNull RestrictedBehaviour> behaviours, @NotNull List<@Valid @NotNull BoundPerson> boundPersons,
            @NotNull LocalDate decisionDate, @NotBlank String documentNumber) implements CaseEventDetail {
    }

    /** The status moved from {@code from} to the snapshot's status. */
    record StatusChanged(@NotNull CaseStatus from, String reason) implements CaseEventDetail {
    }

    /** Concluded (结案) with its conclusion type. */
    record CaseConcluded(@NotNull ConclusionType conclusionType, String reason) implements CaseEventDetail {
    }

    /** 执转破 proposed. */
    record BankruptcyTransferProposed(String reason) implements CaseEventDetail {
    }

    /**
     * An agency outcome went on the case timeline; for DEDUCTED, the snapshot's {@code amountRecovered} includes
     * {@code amount}.
     */
    record OutcomeRecorded(UUID referralId, String agencyId, @NotNull ReferralKind referralKind,
            @NotNull OutcomeType outcome, @Amount(min = "0.00") BigDecimal amount) implements CaseEventDetail {
    }

    /**
     * The judge found {@code respondent} unwilling (失信) or unable (失能) to perform, for {@code reason}. credit refuses
     * a ground (1) listing of an UNABLE respondent (法释〔2017〕7号 art. 1(1), art. 3).
     */
    record CapacityFound(@NotNull @Valid PartyRef respondent, @NotNull PerformanceCapacity finding,
            @NotBlank String reason) implements CaseEventDetail {
    }
}
