package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.ReferralKind;

/**
 * The typed answer to a referral; {@code type} names the shape. Each type answers certain referral kinds and maps to
 * one outcome of the published {@code ReferralOutcome}. The pull API and the Kafka results topic use the same JSON.
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
public sealed interface ReferralResult {

    /** A deposit freeze lasts at most one year (it may be renewed by a new order). */
    int MAX_FREEZE_DAYS = 366;

    @JsonIgnore
    Set<ReferralKind> answers();

    /** The outcome published for this answer, e.g. FROZEN. */
    @JsonIgnore
    String outcome(ReferralKind kind);

    /** Kind-specific fields of the published outcome. */
    @JsonIgnore
    Map<String, Object> detail();

    /** The amount concerned (frozen, deducted, unfrozen), or null. */
    @JsonIgnore
    default BigDecimal amount() {
        return null;
    }

    /** Refuses content that cannot be right for {@code kind} on {@code today}. */
    default void validate(ReferralKind kind, LocalDate today) {
    }

    /** 查询结果: the accounts the respondent holds at this bank (empty: none). */
    record BankInquiry(List<Account> accounts) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.BANK_INQUIRY);
        }

        public String outcome(ReferralKind kind) {
            return "ANSWERED";
        }

        public Map<String, Object> detail() {
            List<Account> list = accounts == null ? List.of() : accounts;
            BigDecimal total = list.stream().map(Account::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Map.of("accountsFound", list.size(), "totalBalance", total,
                    "accounts", list.stream().map(a -> Map.of("accountNumber", a.accountNumber(),
                            "balance", a.balance())).toList());
        }

        public void validate(ReferralKind kind, LocalDate today) {
            for (Account a : accounts == null ? List.<Account>of() : accounts) {
                require(a != null && a.accountNumber() != null && !a.accountNumber().isBlank(), "accounts",
                        "every account needs an accountNumber");
                require(a.balance() != null && a.balance().signum() >= 0, "accounts", "balances are zero or more");
            }
        }
    }

    /** One deposit account found. */
    record Account(String accountNumber, String accountType, BigDecimal balance, String currency) {
    }

    /** 冻结结果: how much was frozen on which account, and until when. */
    record Freeze(String accountNumber, BigDecimal amountFrozen, LocalDate frozenUntil) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.FREEZE);
        }

        public String outcome(ReferralKind kind) {
            return "FROZEN";
        }

        public BigDecimal amount() {
            return amountFrozen;
        }

        public Map<String, Object> detail() {
            return Map.of("accountNumber", accountNumber, "frozenUntil", frozenUntil.toString());
        }

        public void validate(ReferralKind kind, LocalDate today) {
            require(accountNumber != null && !accountNumber.isBlank(), "accountNumber", "accountNumber is required");
            require(amountFrozen != null && amountFrozen.signum() >= 0, "amountFrozen", "amountFrozen is zero or more");
            require(frozenUntil != null && frozenUntil.isAfter(today), "frozenUntil", "frozenUntil must be in the future");
            require(!frozenUntil.isAfter(today.plusDays(MAX_FREEZE_DAYS)), "frozenUntil",
                    "a deposit freeze lasts at most one year");
        }
    }

    /** 解冻结果. */
    record Unfreeze(String accountNumber, BigDecimal amountUnfrozen) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.UNFREEZE);
        }

        public String outcome(ReferralKind kind) {
            return "UNFROZEN";
        }

        public BigDecimal amount() {
            return amountUnfrozen;
        }

        public Map<String, Object> detail() {
            return Map.of("accountNumber", accountNumber);
        }

        public void validate(ReferralKind kind, LocalDate today) {
            require(accountNumber != null && !accountNumber.isBlank(), "accountNumber", "accountNumber is required");
            require(amountUnfrozen != null && amountUnfrozen.signum() >= 0, "amountUnfrozen", "amount is zero or more");
        }
    }

    /** 扣划结果: the amount transferred to the court's account, with the bank's transfer reference. */
    record Deduction(String accountNumber, BigDecimal amountDeducted, String transferReference)
            implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.DEDUCTION);
        }

        public String outcome(ReferralKind kind) {
            return "DEDUCTED";
        }

        public BigDecimal amount() {
            return amountDeducted;
        }

        public Map<String, Object> detail() {
            return Map.of("accountNumber", accountNumber, "transferReference", transferReference);
        }

        public void validate(ReferralKind kind, LocalDate today) {
            require(accountNumber != null && !accountNumber.isBlank(), "accountNumber", "accountNumber is required");
            require(amountDeducted != null && amountDeducted.signum() > 0, "amountDeducted", "amount must be positive");
            require(transferReference != null && !transferReference.isBlank(), "transferReference",
                    "transferReference is required");
        }
    }

    /** 查找结果: whether the person or vehicle was located, and where. */
    record Location(boolean located, String location, String note) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.LOCATE_PERSON, ReferralKind.LOCATE_VEHICLE);
        }

        public String outcome(ReferralKind kind) {
            return located ? "LOCATED" : "NOT_LOCATED";
        }

        public Map<String, Object> detail() {
            Map<String, Object> d = new HashMap<>();
            d.put("located", located);
            if (location != null) {
                d.put("location", location);
            }
            return d;
        }

        public void validate(ReferralKind kind, LocalDate today) {
            require(!located || (location != null && !location.isBlank()), "location", "say where it was located");
        }
    }

    /** The police's filing decision on a 拒执罪 lead: open a case (立案) or refuse (不予立案). */
    record PoliceDecision(Decision decision, String policeCaseNumber, String reason) implements ReferralResult {
        public enum Decision { OPEN_CASE, REFUSE }

        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.CRIMINAL_REFERRAL);
        }

        public String outcome(ReferralKind kind) {
            return decision == Decision.OPEN_CASE ? "CASE_OPENED" : "CASE_REFUSED";
        }

        public Map<String, Object> detail() {
            Map<String, Object> d = new HashMap<>();
            d.put("decision", decision.name());
            if (policeCaseNumber != null) {
                d.put("policeCaseNumber", policeCaseNumber);
            }
            if (reason != null) {
                d.put("reason", reason);
            }
            return d;
        }

        public void validate(ReferralKind kind, LocalDate today) {
            require(decision != null, "decision", "decision is OPEN_CASE or REFUSE");
            require(decision != Decision.REFUSE || (reason != null && !reason.isBlank()), "reason",
                    "a refusal needs a reason");
        }
    }

    /** The procuratorate's decision: on filing supervision (立案监督) or on prosecution (审查起诉). */
    record ProcuratorateDecision(Decision decision, String reason) implements ReferralResult {
        public enum Decision { SUPERVISE, NO_SUPERVISION, PROSECUTE, NOT_PROSECUTE }

        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.FILING_SUPERVISION, ReferralKind.PROSECUTION_REVIEW);
        }

        public String outcome(ReferralKind kind) {
            return switch (decision) {
                case SUPERVISE -> "FILING_SUPERVISED";
                case NO_SUPERVISION -> "SUPERVISION_DECLINED";
                case PROSECUTE -> "PROSECUTED";
                case NOT_PROSECUTE -> "NOT_PROSECUTED";
            };
        }

        public Map<String, Object> detail() {
            return reason == null ? Map.of("decision", decision.name())
                    : Map.of("decision", decision.name(), "reason", reason);
        }

        public void validate(ReferralKind kind, LocalDate today) {
            require(decision != null, "decision", "decision is required");
            boolean supervision = decision == Decision.SUPERVISE || decision == Decision.NO_SUPERVISION;
            require(supervision == (kind == ReferralKind.FILING_SUPERVISION), "decision",
                    decision + " does not decide a " + kind + " referral");
        }
    }

    /** A free-form answer for other member units (real-estate registry, …). */
    record Note(String summary, Map<String, Object> findings) implements ReferralResult {
        public Set<ReferralKind> answers() {
            return EnumSet.of(ReferralKind.PROPERTY_INQUIRY, ReferralKind.OTHER);
        }

        public String outcome(ReferralKind kind) {
            return "ANSWERED";
        }

        public Map<String, Object> detail() {
            Map<String, Object> d = new HashMap<>(findings == null ? Map.of() : findings);
            d.put("summary", summary);
            return d;
        }

        public void validate(ReferralKind kind, LocalDate today) {
            require(summary != null && !summary.isBlank(), "summary", "summary is required");
        }
    }

    private static void require(boolean ok, String field, String detail) {
        if (!ok) {
            throw ProblemException.badRequest("invalid-result", field, detail);
        }
    }
}
