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
    @JsonSubTypes.Type(value = ReferralResult.Note.class, name = "NOTE")
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
}
