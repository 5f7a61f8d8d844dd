package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.CommonFields.AccountNumber;

/**
 * An agency's typed answer to a referral; {@code type} names the shape. The pull API's answer body, the
 * {@code result} of an {@link AgencyResult} on Kafka and the {@code result} of the published {@link ReferralOutcome}
 * are this same JSON. Each type answers certain referral kinds and maps to one {@link OutcomeType}. Field rules are
 * Bean Validation constraints; {@link #check} adds the rules that need the referral's kind or the date.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReferralResult.BankInquiry.class, name = "BANK_INQUIRY"),
    @JsonSubTypes.Type(value = ReferralResult.Freeze.class, name = "FREEZE"),
    @JsonSubTypes.Type(value = ReferralResult.Unfreeze.class, name = "UNFREEZE"),
    @JsonSubTypes.Type(value = ReferralResult.Deduction.class, name = "DEDUCTION"),
    @JsonSubTypes.Type(value = ReferralResult.Location.class, name = "LOCATION"),
    @JsonSubTypes.Type(value = ReferralResult.PoliceDecision.class, name = "POLICE_DECISION"),
    @JsonSubTypes.Type(value = ReferralResult.ProcuratorateDecision.class, name = "PROCURATORATE_DECISION"),
    @JsonSubTypes.Type(value = ReferralResult.Note.class, name = "NOTE"),
    @JsonSubTypes.Type(value = ReferralResult.ExitBan.class, name = "EXIT_BAN"),
    @JsonSubTypes.Type(value = ReferralResult.Auction.class, name = "AUCTION")
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ReferralResult {

    /** A deposit freeze lasts at most one year (it may be renewed by a new order). */
    int MAX_FREEZE_DAYS = 366;

    /** The referral kinds this type answers. */
    @JsonIgnore
    Set<ReferralKind> answers();

    /** The outcome published for this answer to a referral of {@code kind}. */
    OutcomeType outcome(ReferralKind kind);

    /** The amount concerned (frozen, deducted, unfrozen), or null. */
    @JsonIgnore
    default BigDecimal amount() {
        return null;
    }

    /** A rule that needs the referral's kind or today's date, broken; empty when the answer is right. */
    default Optional<FieldError> check(ReferralKind kind, LocalDate today) {
        return Optional.empty();
    }

    /** 查询结果: the accounts the respondent holds at this bank (empty: none). */
    record BankInquiry(@NotNull @Size(max = 200) List<@Valid @NotNull Account> accounts) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.BANK_INQUIRY);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return OutcomeType.ANSWERED;
        }

        /** The sum of the balances found. */
        @JsonIgnore
        public BigDecimal totalBalance() {
            return Money.cny(accounts.stream().map(Account::balance).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** One deposit account found; {@code currency} is CNY. */
    record Account(@AccountNumber String accountNumber,
            @Size(max = 40) @CleanText String accountType,
            @NotNull @Amount(min = "0.00") BigDecimal balance,
            @Size(max = 3) String currency) {
    }

    /**
     * 冻结结果 (also the answer to a 续冻, with the new end): how much was frozen on which account, and until when
     * (at most one year ahead).
     */
    record Freeze(@AccountNumber String accountNumber,
            @NotNull @Amount(min = "0.00") BigDecimal amountFrozen,
            @NotNull LocalDate frozenUntil) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.FREEZE, ReferralKind.FREEZE_RENEWAL);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return kind == ReferralKind.FREEZE_RENEWAL ? OutcomeType.FREEZE_RENEWED : OutcomeType.FROZEN;
        }

        public BigDecimal amount() {
            return amountFrozen;
        }

        public Optional<FieldError> check(ReferralKind kind, LocalDate today) {
            if (!frozenUntil.isAfter(today)) {
                return Optional.of(new FieldError("frozenUntil", "frozenUntil must be in the future"));
            }
            return frozenUntil.isAfter(today.plusDays(MAX_FREEZE_DAYS))
                    ? Optional.of(new FieldError("frozenUntil", "a deposit freeze lasts at most one year"))
                    : Optional.empty();
        }
    }

    /** 解冻结果. */
    record Unfreeze(@AccountNumber String accountNumber,
            @NotNull @Amount(min = "0.00") BigDecimal amountUnfrozen) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.UNFREEZE);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return OutcomeType.UNFROZEN;
        }

        public BigDecimal amount() {
            return amountUnfrozen;
        }
    }

    /** 扣划结果: the amount transferred to the court's account, with the bank's transfer reference. */
    record Deduction(@AccountNumber String accountNumber,
            @NotNull @Amount BigDecimal amountDeducted,
            @NotBlank @Size(max = 100) @CleanText String transferReference) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.DEDUCTION);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return OutcomeType.DEDUCTED;
        }

        public BigDecimal amount() {
            return amountDeducted;
        }
    }

    /** 查找结果: whether the person or vehicle was located, and where. */
    record Location(boolean located, @Size(max = 500) @CleanText String location,
            @Size(max = 2000) @CleanText(multiLine = true) String note) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.LOCATE_PERSON, ReferralKind.LOCATE_VEHICLE);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return located ? OutcomeType.LOCATED : OutcomeType.NOT_LOCATED;
        }

        public Optional<FieldError> check(ReferralKind kind, LocalDate today) {
            return located && (location == null || location.isBlank())
                    ? Optional.of(new FieldError("location", "say where it was located")) : Optional.empty();
        }
    }

    /** The police's filing decision on a 拒执罪 lead: open a case (立案) or refuse (不予立案), with a reason. */
    record PoliceDecision(@NotNull Decision decision, @Size(max = 60) @CleanText String policeCaseNumber,
            @Size(max = 2000) @CleanText(multiLine = true) String reason) implements ReferralResult {
        /** 立案 or 不予立案. */
        public enum Decision { OPEN_CASE, REFUSE }

        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.CRIMINAL_REFERRAL);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return decision == Decision.OPEN_CASE ? OutcomeType.CASE_OPENED : OutcomeType.CASE_REFUSED;
        }

        public Optional<FieldError> check(ReferralKind kind, LocalDate today) {
            return decision == Decision.REFUSE && (reason == null || reason.isBlank())
                    ? Optional.of(new FieldError("reason", "a refusal needs a reason")) : Optional.empty();
        }
    }

    /** The procuratorate's decision: on filing supervision (立案监督) or on prosecution (审查起诉). */
    record ProcuratorateDecision(@NotNull Decision decision,
            @Size(max = 2000) @CleanText(multiLine = true) String reason) implements ReferralResult {
        /** Supervision decisions answer FILING_SUPERVISION, prosecution decisions PROSECUTION_REVIEW. */
        public enum Decision { SUPERVISE, NO_SUPERVISION, PROSECUTE, NOT_PROSECUTE }

        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.FILING_SUPERVISION, ReferralKind.PROSECUTION_REVIEW);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return switch (decision) {
                case SUPERVISE -> OutcomeType.FILING_SUPERVISED;
                case NO_SUPERVISION -> OutcomeType.SUPERVISION_DECLINED;
                case PROSECUTE -> OutcomeType.PROSECUTED;
                case NOT_PROSECUTE -> OutcomeType.NOT_PROSECUTED;
            };
        }

        public Optional<FieldError> check(ReferralKind kind, LocalDate today) {
            boolean supervision = decision == Decision.SUPERVISE || decision == Decision.NO_SUPERVISION;
            return supervision != (kind == ReferralKind.FILING_SUPERVISION)
                    ? Optional.of(new FieldError("decision", decision + " does not decide a " + kind + " referral"))
                    : Optional.empty();
        }
    }

    /** A free-form answer for other member units (real-estate registry, …): a summary and named findings. */
    record Note(@NotBlank @Size(max = 2000) @CleanText(multiLine = true) String summary,
            @Size(max = 50) Map<@NotBlank @Size(max = 100) @CleanText String, @NotNull @Size(max = 2000) @CleanText(multiLine = true) String> findings)
            implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.PROPERTY_INQUIRY, ReferralKind.OTHER);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return OutcomeType.ANSWERED;
        }
    }

    /**
     * The police's answer on an exit restriction (限制出境, 民事诉讼法 2023 art. 266): REGISTERED with the border
     * authority (边控登记, with its reference) or REFUSED with the reason, on an EXIT_BAN; LIFTED on an EXIT_BAN_LIFTING.
     */
    record ExitBan(@NotNull Decision decision, @Size(max = 60) @CleanText String borderControlReference,
            @Size(max = 2000) @CleanText(multiLine = true) String reason) implements ReferralResult {
        /** 已边控登记, 不予登记, 已解除. */
        public enum Decision { REGISTERED, REFUSED, LIFTED }

        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.EXIT_BAN, ReferralKind.EXIT_BAN_LIFTING);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return switch (decision) {
                case REGISTERED -> OutcomeType.EXIT_BAN_REGISTERED;
                case REFUSED -> OutcomeType.EXIT_BAN_REFUSED;
                case LIFTED -> OutcomeType.EXIT_BAN_LIFTED;
            };
        }

        /** A ban is registered or refused, a lifting is done; a refusal says why, a registration names its entry. */
        public Optional<FieldError> check(ReferralKind kind, LocalDate today) {
            if ((decision == Decision.LIFTED) != (kind == ReferralKind.EXIT_BAN_LIFTING)) {
                return Optional.of(new FieldError("decision", decision + " does not answer a " + kind + " referral"));
            }
            if (decision == Decision.REFUSED && (reason == null || reason.isBlank())) {
                return Optional.of(new FieldError("reason", "a refusal needs a reason"));
            }
            return decision == Decision.REGISTERED && (borderControlReference == null || borderControlReference.isBlank())
                    ? Optional.of(new FieldError("borderControlReference", "name the border-control registration"))
                    : Optional.empty();
        }
    }

    /**
     * The auction platform's outcome of a judicial auction (网络司法拍卖, 法释〔2016〕18号): SOLD (成交) at {@code price}
     * on {@code closedOn} to {@code buyer}, masked as the platform publishes it (e.g. {@code 王**}); UNSOLD (流拍); or
     * WITHDRAWN (撤回) with the reason. A sale is a receipt in the case's ledger.
     */
    record Auction(@NotNull Result result, @Amount BigDecimal price, @Size(max = 100) @CleanText String buyer,
            LocalDate closedOn, @Size(max = 100) @CleanText String platformReference,
            @Size(max = 2000) @CleanText(multiLine = true) String reason) implements ReferralResult {
        /** 成交, 流拍, 撤回. */
        public enum Result { SOLD, UNSOLD, WITHDRAWN }

        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.JUDICIAL_AUCTION);
        }

        public OutcomeType outcome(ReferralKind kind) {
            return switch (result) {
                case SOLD -> OutcomeType.AUCTION_SOLD;
                case UNSOLD -> OutcomeType.AUCTION_UNSOLD;
                case WITHDRAWN -> OutcomeType.AUCTION_WITHDRAWN;
            };
        }

        public BigDecimal amount() {
            return result == Result.SOLD ? price : null;
        }

        /**
         * A sale names its price, its masked buyer and its day (not in the future); only a sale has a price; a
         * withdrawal says why. The buyer's name is published on the case timeline, so it must come masked.
         */
        public Optional<FieldError> check(ReferralKind kind, LocalDate today) {
            if ((result == Result.SOLD) != (price != null)) {
                return Optional.of(new FieldError("price", "a sale, and only a sale, has a price"));
            }
            if (result == Result.SOLD && (buyer == null || buyer.indexOf('*') < 0)) {
                return Optional.of(new FieldError("buyer", "a sale names its buyer, masked (e.g. 王**)"));
            }
            if (result == Result.SOLD && (closedOn == null || closedOn.isAfter(today))) {
                return Optional.of(new FieldError("closedOn", "a sale names the day it closed, not in the future"));
            }
            return result == Result.WITHDRAWN && (reason == null || reason.isBlank())
                    ? Optional.of(new FieldError("reason", "a withdrawal needs a reason")) : Optional.empty();
        }
    }
}
