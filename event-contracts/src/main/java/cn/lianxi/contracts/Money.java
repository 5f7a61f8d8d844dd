package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one amount convention of the platform: CNY as {@link BigDecimal} with exactly two decimals (元.角分), never a
 * binary floating-point value. Every amount in every event, API answer, database column and page follows it.
 * Amounts are checked at the first edge with {@link cn.lianxi.contracts.constraints.Amount}.
 */
public final class Money {

    /** Two decimals: fen (分). */
    public static final int SCALE = 2;
    /** The currency of every amount. */
    public static final String CURRENCY = "CNY";
    /**
     * The largest single amount accepted anywhere (fourteen integer digits). Columns are {@code numeric(18, 2)}, so
     * a case's running totals of such amounts still fit; a sum that would not is refused, not retried.
     */
    public static final BigDecimal MAX = new BigDecimal("99999999999999.99");
    /** The largest value a stored total ({@code numeric(18, 2)}) can hold. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("9999999999999999.99");

    private Money() {
    }

    /** {@code amount} with exactly two decimals; an amount with more was refused before it got here. */
    public static BigDecimal cny(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code amount} written as it is read, e.g. {@code "1200000.50"}. */
    public static BigDecimal of(String amount) {
        return cny(new BigDecimal(amount));
    }

    /** Whether {@code total} still fits the stored total's column. */
    public static boolean fitsTotal(BigDecimal total) {
        return total.compareTo(MAX_TOTAL) <= 0;
    }

    /** For people: thousands separators and two decimals, e.g. {@code 10,000.50}. */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(cny(amount));
    }
}
