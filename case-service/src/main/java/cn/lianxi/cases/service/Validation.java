package cn.lianxi.cases.service;

import java.math.BigDecimal;

import cn.lianxi.kit.problem.ProblemException;

/** Small field checks shared by the court-event validator; each failure is a 400 naming the field. */
final class Validation {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private Validation() {
    }

    static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw ProblemException.badRequest("invalid-field", field, message);
        }
    }

    static void present(Object value, String field) {
        if (value == null) {
            throw ProblemException.badRequest("missing-field", field, field + " is required for this kind");
        }
    }

    static void text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("missing-field", field, field + " is required for this kind");
        }
        optionalText(value, field, max);
    }

    static void optionalText(String value, String field, int max) {
        require(value == null || value.length() <= max, field, field + " has at most " + max + " characters");
    }

    /** A positive amount in CNY with at most two decimals (分). */
    static void amount(BigDecimal amount, String field) {
        present(amount, field);
        require(amount.signum() > 0, field, "the amount must be positive");
        require(Amounts.isCny(amount), field, "an amount has at most two decimals (分)");
        require(amount.compareTo(MAX_AMOUNT) <= 0, field, "the amount is too large");
    }
}
