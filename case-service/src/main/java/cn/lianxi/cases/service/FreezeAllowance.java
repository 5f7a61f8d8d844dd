package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.lianxi.contracts.Money;

/**
 * The allowance for costs on top of the amount still owed that a case's freezes may reach (超标的冻结 is forbidden
 * beyond it; see {@code MeasureConfig}).
 *
 * @param percent of the amount still owed
 * @param fixed   a fixed amount
 */
public record FreezeAllowance(BigDecimal percent, BigDecimal fixed) {

    /** The most the case's freezes in force may hold together while {@code stillOwed} is owed. */
    public BigDecimal limit(BigDecimal stillOwed) {
        BigDecimal share = stillOwed.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return Money.cny(stillOwed.add(share).add(fixed));
    }
}
