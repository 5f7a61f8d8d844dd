package cn.lianxi.kit.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * A reporting period (统计期间) of the figures: {@code from} and {@code to} ISO dates, both inclusive, counted in UTC
 * (the platform's contract for every figures endpoint: case-service's, liaison's and credit's, which the gateway's
 * 通报 reads for one period).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The period the query parameters name: a 400 naming {@code from} or {@code to} when one is missing or wrong. */
    public static ReportPeriod parse(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "to", "to must not be before from");
        }
        return new ReportPeriod(start, end);
    }

    /** The first instant of the period. */
    public OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the period (exclusive). */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, field, field + " is required (an ISO date)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, field, field + " must be an ISO date");
        }
    }
}
