package cn.lianxi.gateway.bulletin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemException;

/**
 * A 通报's period (通报期间): {@code from} and {@code to} inclusive ISO dates, UTC, as every figures endpoint takes
 * them; the assessment (考核指标) is asked for the months the period touches.
 */
public record Period(LocalDate from, LocalDate to) {

    /** From the caller's query: both required, ISO dates, {@code from} not after {@code to}; else 400 naming it. */
    public static Period parse(String from, String to) {
        Period period = new Period(date("from", from), date("to", to));
        if (period.from.isAfter(period.to)) {
            throw invalid("to", "must not be before from");
        }
        return period;
    }

    /** The query every figures endpoint takes: {@code from=2026-12-01&to=2026-12-31}. */
    public String query() {
        return "from=" + from + "&to=" + to;
    }

    /** The assessment's query, by month: {@code from=2026-12&to=2026-12}. */
    public String monthsQuery() {
        return "from=" + YearMonth.from(from) + "&to=" + YearMonth.from(to);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(Problem.of(ProblemType.MISSING_FIELD, field + ": an ISO date is required"));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO date (YYYY-MM-DD)");
        }
    }

    private static ProblemException invalid(String field, String why) {
        return new ProblemException(Problem.of(ProblemType.INVALID_FIELD, field + ": " + why));
    }
}
