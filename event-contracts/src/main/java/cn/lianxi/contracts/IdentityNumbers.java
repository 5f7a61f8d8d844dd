package cn.lianxi.contracts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Check-character validation of the two national identifiers a party can carry, and their public masking.
 * <ul>
 * <li>Resident ID (公民身份号码, GB 11643-1999): 17 digits, the last 8 of the first 14 a birth date, then a check
 * character from ISO 7064 MOD 11-2 ({@code 0-9} or {@code X}).</li>
 * <li>Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol alphabet
 * (no I, O, S, V, Z), the last a MOD 31 check character.</li>
 * </ul>
 * Error messages never repeat the number: they end up in problem+json answers and logs.
 */
public final class IdentityNumbers {

    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_CHECK = "10X98765432";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    /** Empty when {@code id} is a well-formed resident ID, else why not. */
    public static Optional<String> residentIdError(String id) {
        if (id == null || id.length() != 18) {
            return Optional.of("a resident ID has 18 characters");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return Optional.of("the first 17 characters of a resident ID are digits");
            }
        }
        if (birthDateOf(id).isEmpty()) {
            return Optional.of("the resident ID does not hold a valid birth date");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        if (RESIDENT_CHECK.charAt(sum % 11) != Character.toUpperCase(id.charAt(17))) {
            return Optional.of("the resident ID's check character is wrong (GB 11643)");
        }
        return Optional.empty();
    }

    /** Empty when {@code code} is a well-formed unified social credit code, else why not. */
    public static Optional<String> creditCodeError(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("a unified social credit code has 18 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.of("a unified social credit code uses only 0-9 and A-Y without I, O, S, V, Z");
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        if (CREDIT_ALPHABET.charAt(check) != code.charAt(17)) {
            return Optional.of("the unified social credit code's check character is wrong (GB 32100)");
        }
        return Optional.empty();
    }

    /** The birth date in a resident ID (characters 7 to 14), if they form a real date. */
    public static Optional<LocalDate> birthDateOf(String residentId) {
        try {
            int year = Integer.parseInt(residentId.substring(6, 10));
            int month = Integer.parseInt(residentId.substring(10, 12));
            int day = Integer.parseInt(residentId.substring(12, 14));
            return year < 1900 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
        } catch (NumberFormatException | DateTimeException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Whether the holder of a valid resident ID is under 18 on {@code date}. */
    public static boolean isMinorOn(String residentId, LocalDate date) {
        return birthDateOf(residentId).map(birth -> Period.between(birth, date).getYears() < 18).orElse(false);
    }

    /** Public masking: the first four and last four characters stay, e.g. {@code 3205**********1234}. */
    public static String mask(String id) {
        if (id == null || id.length() <= 8) {
            return "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** Appends the right check character to 17 characters: for test data and examples. */
    public static String withResidentCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return first17 + RESIDENT_CHECK.charAt(sum % 11);
    }

    /** Appends the right check character to 17 characters: for test data and examples. */
    public static String withCreditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return first17 + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
