package cn.lianxi.credit.service;

import java.math.BigDecimal;
import java.util.Set;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.RepairBasis;
import cn.lianxi.credit.config.RepairConfig;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The rules of credit repair (信用修复), without the framework: a repair on a performed debt needs no basis and lifts
 * whatever is still active; before full performance it rests on a configured {@link RepairBasis}, which must be
 * allowed and met, and lifts only what that basis covers.
 */
public final class RepairRules {

    private RepairRules() {
    }

    /**
     * What a repair of case {@code c} on {@code basis} (null: none named) covers, or the refusal: 409
     * {@code debt-not-performed} without a basis on an unperformed debt, 409 {@code repair-basis-not-met} (field
     * {@code basis}) for a basis the configuration does not allow or an instalment plan below its minimum share
     * (法释〔2017〕7号 art. 2 para. 2: active performance). Null when the debt is performed and no basis is named.
     */
    public static Set<SanctionKind> covers(CaseRecord c, RepairBasis basis, RepairConfig config) {
        if (basis == null) {
            if (!c.debtPerformed()) {
                throw ProblemException.conflict(ProblemType.DEBT_NOT_PERFORMED, "credit repair before full performance"
                        + " (履行完毕) rests on a basis: one of " + java.util.Arrays.toString(RepairBasis.values()));
            }
            return null;
        }
        RepairConfig.Basis policy = config.of(basis);
        if (!policy.enabled()) {
            throw notMet(basis + " is not a basis for credit repair here (lianxi.credit.repair.bases)");
        }
        policy.minimumSharePaid().ifPresent(min -> {
            if (!sharePaid(c.amountOwed, c.amountRecovered, min)) {
                throw notMet(basis + " needs at least " + min.movePointRight(2).stripTrailingZeros().toPlainString()
                        + " % of the amount owed paid; " + c.amountRecovered + " of " + c.amountOwed + " is");
            }
        });
        return Set.copyOf(policy.covers());
    }

    /** Whether {@code recovered} is at least {@code share} of {@code owed}; exact, without rounding. */
    static boolean sharePaid(BigDecimal owed, BigDecimal recovered, BigDecimal share) {
        if (owed == null || owed.signum() <= 0) {
            return false;
        }
        BigDecimal paid = recovered == null ? BigDecimal.ZERO : recovered;
        return paid.compareTo(owed.multiply(share)) >= 0;
    }

    private static ProblemException notMet(String detail) {
        return new ProblemException(ProblemType.REPAIR_BASIS_NOT_MET, detail, "basis");
    }
}
