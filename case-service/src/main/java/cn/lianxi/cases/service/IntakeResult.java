package cn.lianxi.cases.service;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The answer for one court event: ACCEPTED (applied, or {@code held} until its case is filed), DUPLICATE (this court
 * already sent that event id; nothing changed) or REJECTED (nothing changed; {@code reason} says why).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeResult(String eventId, Status status, Boolean held, UUID caseId, Reason reason) {

    /** The three answers of the intake. */
    public enum Status {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    /**
     * Why an event was refused, shaped like a problem: HTTP-like status, rule (the slug of its {@link ProblemType}),
     * field at fault, detail.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(int status, String rule, String field, String detail) {

        /** One line for logs and the Kafka {@code dead-letter-reason} header. */
        @Override
        public String toString() {
            return rule + (field == null ? "" : " [" + field + "]") + ": " + detail;
        }
    }

    static IntakeResult applied(String eventId, UUID caseId) {
        return new IntakeResult(eventId, Status.ACCEPTED, null, caseId, null);
    }

    static IntakeResult held(String eventId) {
        return new IntakeResult(eventId, Status.ACCEPTED, true, null, null);
    }

    static IntakeResult duplicate(String eventId, UUID caseId) {
        return new IntakeResult(eventId, Status.DUPLICATE, null, caseId, null);
    }

    public static IntakeResult rejected(String eventId, ProblemException e) {
        return new IntakeResult(eventId, Status.REJECTED, null, null,
                new Reason(e.status(), e.type().slug(), e.field(), e.getMessage()));
    }

    public boolean isRejected() {
        return status == Status.REJECTED;
    }

    /** The rejection as a problem, for the REST actions that answer with it directly. */
    public ProblemException toProblem() {
        return new ProblemException(ProblemType.ofSlug(reason.rule()).orElseThrow(), reason.status(), reason.detail(),
                reason.field());
    }
}
