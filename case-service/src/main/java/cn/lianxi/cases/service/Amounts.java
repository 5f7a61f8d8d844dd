package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in CNY: exact decimals with two places (元.角分). */
public final class Amounts {

    private Amounts() {
    }

    /** {@code amount} with exactly two decimals; amounts with more were refused before they got here. */
    public static BigDecimal cny(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whether {@code amount} needs no rounding to fen (分). */
    public static boolean isCny(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }
}
