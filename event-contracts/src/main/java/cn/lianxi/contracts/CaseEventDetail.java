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
    @JsonSubTypes.Type(value = CaseEventDetail.CapacityFound.class, name = "CAPACITY_FOUND"),
    @JsonSubTypes.Type(value = CaseEventDetail.PropertyReportOrdered.class, name = "PROPERTY_REPORT_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.PropertyReported.class, name = "PROPERTY_REPORTED"),
    @JsonSubTypes.Type(value = CaseEventDetail.PropertyReportBreached.class, name = "PROPERTY_REPORT_BREACHED"),
    @JsonSubTypes.Type(value = CaseEventDetail.RewardNoticePublished.class, name = "REWARD_NOTICE_PUBLISHED"),
    @JsonSubTypes.Type(value = CaseEventDetail.RewardLeadAssessed.class, name = "REWARD_LEAD_ASSESSED"),
    @JsonSubTypes.Type(value = CaseEventDetail.RewardNoticeWithdrawn.class, name = "REWARD_NOTICE_WITHDRAWN"),
    @JsonSubTypes.Type(value = CaseEventDetail.ExitBanOrdered.class, name = "EXIT_BAN_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.ExitBanLiftingOrdered.class, name = "EXIT_BAN_LIFTING_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.AuctionHandoffOrdered.class, name = "AUCTION_HANDOFF_ORDERED"),
    @JsonSubTypes.Type(value = CaseEventDetail.MeasureCancelled.class, name = "MEASURE_CANCELLED"),
    @JsonSubTypes.Type(value = CaseEventDetail.BankruptcyTransferDecided.class, name = "BANKRUPTCY_TRANSFER_DECIDED"),
    @JsonSubTypes.Type(value = CaseEventDetail.BankruptcyPetitionAccepted.class, name = "BANKRUPTCY_PETITION_ACCEPTED"),
    @JsonSubTypes.Type(value = CaseEventDetail.BankruptcyPetitionRefused.class, name = "BANKRUPTCY_PETITION_REFUSED"),
    @JsonSubTypes.Type(value = CaseEventDetail.CourtTransferred.class, name = "COURT_TRANSFERRED"),
    @JsonSubTypes.Type(value = CaseEventDetail.CourtRequestSent.class, name = "COURT_REQUEST_SENT"),
    @JsonSubTypes.Type(value = CaseEventDetail.CourtRequestAnswered.class, name = "COURT_REQUEST_ANSWERED")
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

    /**
     * 报告财产令: the judge orders {@code respondent} to report its property by {@code due} (民事诉讼法 art. 252;
     * 法释〔2017〕8号 art. 3 the order, art. 4 its content with the deadline).
     */
    record PropertyReportOrdered(@NotNull UUID orderId, @NotNull @Valid PartyRef respondent, @NotNull Instant due,
            @NotNull @Valid Officer orderedBy) implements CaseEventDetail {
    }

    /**
     * 财产报告: the respondent's report on order {@code orderId} (法释〔2017〕8号 art. 5 the property, art. 6 the
     * changes in the year before the notice); the assets themselves stay with the case, only their count and value
     * travel. {@code late}: received after the order's deadline (art. 9: 无正当理由逾期报告).
     */
    record PropertyReported(@NotNull UUID orderId, @NotNull @Valid PartyRef respondent,
            @NotNull @Amount(min = "0.00") BigDecimal declaredValue, int assetCount, int changeCount, boolean late)
            implements CaseEventDetail {
    }

    /**
     * 违反财产报告制度: the judge found the respondent in breach of order {@code orderId} (法释〔2017〕8号 art. 9); it is
     * the basis credit requires of a listing on ground (4) (法释〔2017〕7号 art. 1(4)).
     */
    record PropertyReportBreached(@NotNull UUID orderId, @NotNull @Valid PartyRef respondent,
            @NotNull PropertyReportBreach breach, @NotBlank String finding) implements CaseEventDetail {
    }

    /**
     * 悬赏公告 published on the applicant's application (法释〔2017〕8号 art. 21), the court's notice with the reward and
     * its validity (art. 22).
     */
    record RewardNoticePublished(@NotNull UUID noticeId, @NotNull @Valid PartyRef respondent,
            @NotNull @Amount BigDecimal reward, @NotNull Instant validUntil) implements CaseEventDetail {
    }

    /**
     * The judge's view of lead {@code leadId} on notice {@code noticeId}: useful or not, and the reward paid for it
     * ({@code rewardPaid} null when none; 法释〔2017〕8号 art. 24: paid for a lead the court did not know that let the
     * debt be recovered in whole or in part, out of the applicant's recovery).
     */
    record RewardLeadAssessed(@NotNull UUID noticeId, @NotNull UUID leadId, boolean useful,
            @Amount BigDecimal rewardPaid) implements CaseEventDetail {
    }

    /** 悬赏公告 withdrawn: by the judge, or because the case concluded. */
    record RewardNoticeWithdrawn(@NotNull UUID noticeId, @NotBlank String reason) implements CaseEventDetail {
    }

    /**
     * 限制出境 ordered on {@code respondent} (民事诉讼法 2023 art. 266; on the applicant's written application or of the
     * court's own motion, 法释〔2008〕13号 art. 36): liaison refers it to the police of the court's jurisdiction, who
     * register it with the border authority or refuse with the reason.
     *
     * @param requestId the order's id, as the referral's payload carries it (a cancellation or a lifting names it)
     */
    record ExitBanOrdered(@NotNull @Valid PartyRef respondent, @NotBlank String requestId,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis, String reason)
            implements CaseEventDetail {
    }

    /**
     * 解除限制出境 ordered: the exit ban {@code exitBanRequestId} is lifted, once the debt is performed (the platform
     * orders it itself on the case's conclusion; {@code orderedBy} and {@code legalBasis} null) or by the judge's
     * order (法释〔2008〕13号 art. 38).
     */
    record ExitBanLiftingOrdered(@NotNull @Valid PartyRef respondent, @NotBlank String requestId,
            @NotBlank String exitBanRequestId, @Valid Officer orderedBy, @Valid LegalBasis legalBasis,
            String reason) implements CaseEventDetail {
    }

    /**
     * A seized asset (查封、扣押的财产) handed to a judicial auction platform (网络司法拍卖, 法释〔2016〕18号 art. 2): what it
     * is, its reserve price (起拍价, art. 10), and the platform ({@code agencyId}, or the one active platform when null).
     */
    record AuctionHandoffOrdered(@NotNull @Valid PartyRef respondent, @NotBlank String requestId,
            @NotBlank String assetDescription, @NotNull @Amount BigDecimal reservePrice, String agencyId,
            @NotNull @Valid Officer orderedBy, @NotNull @Valid LegalBasis legalBasis) implements CaseEventDetail {
    }

    /**
     * 撤销: the measure ordered as {@code requestId} (a referral not yet answered) is cancelled, requested by
     * {@code requestedBy} and approved by {@code approvedBy} (two officers, 制度铁笼); liaison withdraws its open
     * referrals and the agencies' queues no longer show them.
     */
    record MeasureCancelled(@NotBlank String requestId, @NotNull ReferralKind referralKind, @NotBlank String reason,
            @NotBlank String requestedBy, String approvedBy) implements CaseEventDetail {
    }

    /**
     * The written consent (书面同意) to a transfer to bankruptcy review, which 法发〔2017〕2号 art. 2 item (2) requires of
     * the debtor or of an applicant of any of its enforcement cases: who gave it and when.
     *
     * @param party    the consenting party: an applicant (申请执行人) or the respondent transferred (被执行人)
     * @param givenOn  the date of the written consent
     * @param document the consent's reference in the case file, if any
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BankruptcyConsent(@NotNull @Valid PartyRef party, @NotNull LocalDate givenOn, String document) {
    }

    /**
     * 移送破产审查决定 (法发〔2017〕2号 arts. 2, 5, 7; 民诉法解释 art. 511): the enforcing court transfers the case of
     * {@code respondent}, an enterprise legal person, to {@code receivingCourt} and suspends enforcement (中止执行; a
     * STATUS_CHANGED to SUSPENDED follows). Freezes stay until the receiving court accepts (art. 7 para. 2); credit
     * deletes the listings without a fixed term (法释〔2017〕7号 art. 10 para. 1 item 5).
     *
     * @param transferId     the transfer's id, which the receiving court's answer names
     * @param receivingCourt the bankruptcy court's code (受移送法院)
     */
    record BankruptcyTransferDecided(@NotNull UUID transferId, @NotNull @Valid PartyRef respondent,
            @NotBlank String receivingCourt, @NotNull @Valid BankruptcyConsent consent, @NotNull LocalDate decidedOn,
            @Valid Officer decidedBy, String reason) implements CaseEventDetail {
    }

    /**
     * The receiving court's ruling on a transfer (受理 or 不予受理), as its judge recorded it.
     *
     * @param rulingDate     the ruling's date
     * @param rulingDocument the ruling's number, if given
     * @param answeredBy     the receiving court's judge
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BankruptcyRuling(@NotNull UUID transferId, @NotBlank String receivingCourt, @NotNull LocalDate rulingDate,
            String rulingDocument, @NotNull @Valid Officer answeredBy, String reason) {
    }

    /**
     * 受理裁定: the receiving court accepted the petition; the case concludes as BANKRUPTCY_TRANSFER and the freezes are
     * released (企业破产法 art. 19: 保全措施应当解除, 执行程序应当中止).
     */
    record BankruptcyPetitionAccepted(@NotNull @Valid BankruptcyRuling ruling) implements CaseEventDetail {
    }

    /**
     * 不予受理裁定 with its reason: enforcement resumes (法发〔2017〕2号 art. 18; 民诉法解释 art. 513); listings deleted on
     * the suspension do not come back by themselves.
     */
    record BankruptcyPetitionRefused(@NotNull @Valid BankruptcyRuling ruling) implements CaseEventDetail {
    }

    /**
     * 交叉执行 / 提级执行 (三统一; 民事诉讼法 (2017 text) art. 226): the intermediate court
     * {@code decidedBy} leads moved the case from {@code fromCourt} to {@code toCourt}; the envelope's
     * {@code courtCode} is already {@code toCourt}. Consumers move their copy of the case to the new court.
     */
    record CourtTransferred(@NotBlank String fromCourt, @NotBlank String toCourt, @NotNull CourtTransferMode mode,
            @NotBlank String reason, @Valid Officer decidedBy) implements CaseEventDetail {
    }

    /**
     * 事项委托 (民事诉讼法 (2017 text) art. 229 (委托执行) and 法释〔2011〕11号 (委托执行若干问题的规定)): the case's
     * court {@code fromCourt} asks {@code toCourt} to do {@code step} by {@code dueOn}.
     *
     * @param requestId the request's id, which the answer names
     */
    record CourtRequestSent(@NotNull UUID requestId, @NotBlank String fromCourt, @NotBlank String toCourt,
            @NotNull CourtRequestStep step, @NotBlank String details, @NotNull LocalDate dueOn,
            @Valid Officer requestedBy) implements CaseEventDetail {
    }

    /**
     * A document handed in with an answer, named by its SHA-256 (the file stays with the court that holds it).
     *
     * @param sha256 64 lower-case hexadecimal digits (case-service checks them when the answer is given)
     */
    record Evidence(@NotBlank String name, @NotBlank String sha256, @NotBlank String mediaType) {
    }

    /** The receiving court's answer to a request between courts (事项委托), once. */
    record CourtRequestAnswered(@NotNull UUID requestId, @NotBlank String fromCourt, @NotBlank String toCourt,
            @NotNull CourtRequestStep step, @NotNull CourtRequestOutcome outcome, @NotBlank String summary,
            @NotNull List<@Valid @NotNull Evidence> evidence, @Valid Officer answeredBy) implements CaseEventDetail {
    }
}
