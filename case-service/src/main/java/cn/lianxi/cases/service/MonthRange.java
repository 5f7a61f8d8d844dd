package cn.lianxi.cases.service;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.ReportPeriod;

/**
 * The months of the assessment figures (考核月份), {@code from} to {@code to} inclusive ({@code YYYY-MM}); a month is
 * a calendar month in UTC, as every period of the figures.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    /** At most five years of months in one answer. */
    public static final int MAX_MONTHS = 60;

    /** The months the query parameters name: a 400 naming {@code from} or {@code to} when one is missing or wrong. */
    public static MonthRange parse(String from, String to) {
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "to", "to must not be before from");
        }
        if (ChronoUnit.MONTHS.between(start, end) >= MAX_MONTHS) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "to",
                    "at most " + MAX_MONTHS + " months in one answer");
        }
        return new MonthRange(start, end);
    }

    /** The same span as a period of days, its first day to its last. */
    public ReportPeriod period() {
        return new ReportPeriod(from.atDay(1), to.atEndOfMonth());
    }

    /** Every month of the range, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, field, field + " is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, field, field + " must be a month, YYYY-MM");
        }
    }
}
