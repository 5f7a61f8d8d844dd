package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.List;

import cn.lianxi.cases.AgencyEntry;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.kit.problem.ProblemException;

/**
 * A court's bank order checked against its case before it goes out: the agency it names exists and takes it, a
 * freeze stays within the amount still owed plus the allowance for costs (超标的冻结 is forbidden), a deduction
 * within the amount still owed, and an order that names a freeze names one of this case on this account. Pure.
 */
final class OrderChecks {

    private OrderChecks() {
    }

    /** What is still owed: the amount owed less the ledger's sum, never below zero. */
    static BigDecimal stillOwed(EnforcementCase c) {
        return Money.cny(c.amountOwed.subtract(c.amountRecovered).max(BigDecimal.ZERO));
    }

    /**
     * The agency the order is addressed to is in the directory, active, and takes this kind of order. While the
     * directory is still empty (case-service has not yet read {@code liaison.agencies.v1}), nothing can be checked,
     * so the order is refused as unavailable (503) rather than sent blind: the court retries it.
     */
    static void agency(ReferralKind kind, String bankCode, String agencyId, AgencyDirectory.Lookup lookup) {
        String field = agencyId != null ? "agencyId" : "bankCode";
        if (!lookup.loaded()) {
            throw new ProblemException(ProblemType.AGENCY_DIRECTORY_EMPTY, "the agency directory has not been "
                    + "received yet, so the agency cannot be checked; retry shortly", field);
        }
        AgencyEntry entry = agencyId != null ? lookup.byAgencyId() : lookup.byBankCode();
        String named = agencyId != null ? "agency " + agencyId : "bank " + bankCode;
        if (entry == null) {
            throw ProblemException.badRequest(ProblemType.UNKNOWN_AGENCY, field, "no " + named
                    + " in the agency directory");
        }
        if (!entry.active()) {
            throw new ProblemException(ProblemType.AGENCY_SUSPENDED, named + " is suspended and takes no orders",
                    field);
        }
        if (!kind.acceptedBy(entry.kind)) {
            throw ProblemException.badRequest(ProblemType.WRONG_AGENCY_KIND, field, named + " is a " + entry.kind
                    + ", which takes no " + kind + " orders");
        }
        if (agencyId != null && bankCode != null && !bankCode.equals(entry.bankCode)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "bankCode", "agency " + agencyId
                    + " is not the bank " + bankCode);
        }
    }

    /**
     * 超标的冻结 is forbidden (《民事诉讼法》(2023) art. 253; 法释〔2004〕15号 as amended, art. 19): the freezes in
     * force (what each holds or may yet hold, queued ones included) and this one may not exceed the amount still
     * owed plus the allowance for costs.
     */
    static void freezeWithinDebt(EnforcementCase c, BigDecimal amount, List<RegisteredFreeze> freezes,
            FreezeAllowance allowance) {
        BigDecimal inForce = freezes.stream().filter(RegisteredFreeze::inForce).map(RegisteredFreeze::held)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal limit = allowance.limit(stillOwed(c));
        if (inForce.add(amount).compareTo(limit) > 0) {
            throw new ProblemException(ProblemType.EXCESSIVE_FREEZE, "超标的冻结: " + cny(amount) + " on top of "
                    + cny(inForce) + " already frozen exceeds " + cny(limit) + " (the amount still owed, "
                    + cny(stillOwed(c)) + ", plus the allowance for costs)", "amount");
        }
    }

    /** A deduction may not take more than is still owed (《民事诉讼法》(2023) art. 253). */
    static void deductionWithinDebt(EnforcementCase c, BigDecimal amount) {
        if (amount.compareTo(stillOwed(c)) > 0) {
            throw new ProblemException(ProblemType.DEDUCTION_EXCEEDS_DEBT, "a deduction of " + cny(amount)
                    + " exceeds the " + cny(stillOwed(c)) + " still owed", "amount");
        }
    }

    /**
     * The freeze an unfreeze or deduction releases or draws on: the one it names, which must be a freeze in force of
     * this case on the same account; naming none, the case's oldest freeze in force on that account (null if none:
     * the order stands alone, e.g. for a freeze made before the platform).
     */
    static RegisteredFreeze linkedFreeze(String freezeRequestId, String bankCode, String agencyId, String account,
            List<RegisteredFreeze> freezes) {
        if (freezeRequestId == null) {
            return freezes.stream().filter(f -> f.inForce() && f.sameAccount(bankCode, agencyId, account))
                    .findFirst().orElse(null);
        }
        RegisteredFreeze named = named(freezeRequestId, freezes);
        if (!named.sameAccount(bankCode, agencyId, account)) {
            throw new ProblemException(ProblemType.UNKNOWN_FREEZE, "freeze " + freezeRequestId + " is of account "
                    + named.accountNumber() + " at " + at(named) + ", not of this account", "freezeRequestId");
        }
        return named;
    }

    /** The freeze a renewal (续冻) extends: one of this case that holds money now (frozen or expiring). */
    static RegisteredFreeze renewable(String freezeRequestId, BigDecimal amount, List<RegisteredFreeze> freezes) {
        RegisteredFreeze named = named(freezeRequestId, freezes);
        if (!named.status().renewable()) {
            throw new ProblemException(ProblemType.UNKNOWN_FREEZE, "freeze " + freezeRequestId + " is "
                    + named.status() + ": only a freeze the bank answered as frozen can be renewed", "freezeRequestId");
        }
        if (amount != null && amount.compareTo(named.held()) > 0) {
            throw new ProblemException(ProblemType.EXCESSIVE_FREEZE, "a renewal cannot extend more than the "
                    + cny(named.held()) + " the freeze holds; order a new freeze for more", "amount");
        }
        return named;
    }

    private static RegisteredFreeze named(String freezeRequestId, List<RegisteredFreeze> freezes) {
        RegisteredFreeze named = freezes.stream().filter(f -> f.requestId().equals(freezeRequestId)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_FREEZE, "freeze " + freezeRequestId
                        + " is not a freeze of this case", "freezeRequestId"));
        if (!named.inForce()) {
            throw new ProblemException(ProblemType.UNKNOWN_FREEZE, "freeze " + freezeRequestId + " is "
                    + named.status() + ", no longer in force", "freezeRequestId");
        }
        return named;
    }

    private static String at(RegisteredFreeze f) {
        return f.agencyId() != null ? "agency " + f.agencyId() : "bank " + f.bankCode();
    }

    private static String cny(BigDecimal amount) {
        return CaseChange.cny(amount);
    }
}
