package cn.lianxi.cases.service;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.Problem;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The answer for one court event: ACCEPTED (applied, or {@code held} until its case is filed), DUPLICATE (this court
 * already sent that event id; nothing changed) or REJECTED (nothing changed; {@code reason} says why). An applied
 * CASE_FILED carries the parties' query codes ({@code queryCodes}, 查询码), the only time they are shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeResult(String eventId, Status status, Boolean held, UUID caseId, Reason reason,
        List<IssuedCode> queryCodes) {

    /** The three answers of the intake. */
    public enum Status {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    /**
     * Why an event was refused, shaped like a problem: HTTP-like status, rule (the slug of its {@link ProblemType}),
     * field at fault, detail; {@code errors} when several fields are at fault (e.g. each missing 终本 prerequisite),
     * {@code field} being the first of them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(int status, String rule, String field, String detail, List<Problem.FieldError> errors) {

        /** One line for logs and the Kafka {@code dead-letter-reason} header. */
        @Override
        public String toString() {
            String fields = errors != null ? errors.stream().map(Problem.FieldError::field)
                    .collect(Collectors.joining(", ")) : field;
            return rule + (fields == null ? "" : " [" + fields + "]") + ": " + detail;
        }
    }

    static IntakeResult applied(String eventId, UUID caseId) {
        return new IntakeResult(eventId, Status.ACCEPTED, null, caseId, null, null);
    }

    static IntakeResult filed(String eventId, UUID caseId, List<IssuedCode> queryCodes) {
        return new IntakeResult(eventId, Status.ACCEPTED, null, caseId, null, queryCodes);
    }

    static IntakeResult held(String eventId) {
        return new IntakeResult(eventId, Status.ACCEPTED, true, null, null, null);
    }

    static IntakeResult duplicate(String eventId, UUID caseId) {
        return new IntakeResult(eventId, Status.DUPLICATE, null, caseId, null, null);
    }

    public static IntakeResult rejected(String eventId, ProblemException e) {
        return new IntakeResult(eventId, Status.REJECTED, null, null,
                new Reason(e.status(), e.type().slug(), e.field(), e.getMessage(),
                        e instanceof PrerequisitesMissing missing ? missing.errors() : null), null);
    }

    /** The answer without the query codes: for a caller who is not to see them (a court's system). */
    public IntakeResult withoutQueryCodes() {
        return queryCodes == null ? this : new IntakeResult(eventId, status, held, caseId, reason, null);
    }

    public boolean isRejected() {
        return status == Status.REJECTED;
    }

    /** The rejection as a problem, for the REST actions that answer with it directly. */
    public ProblemException toProblem() {
        if (reason.errors() != null) {
            return new PrerequisitesMissing(reason.detail(), reason.errors());
        }
        return new ProblemException(ProblemType.ofSlug(reason.rule()).orElseThrow(), reason.status(), reason.detail(),
                reason.field());
    }
}
