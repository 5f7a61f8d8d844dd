package cn.lianxi.systemtests;

/** Valid test identifiers: resident ID numbers (GB 11643) and unified social credit codes (GB 32100). */
final class Ids {

    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Ids() {
    }

    /** An adult born in 1980 + n / 1000 years, sequence n % 1000, with its check character. */
    static String resident(int n) {
        String body = "320505" + (1960 + (n / 1000) % 40) + "0101" + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A company code 91320500MA + 7 digits + check character. */
    static String credit(int n) {
        String body = "91320500MA" + String.format("%07d", n % 10_000_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return body + CREDIT_CHARS.charAt(check);
    }
}
