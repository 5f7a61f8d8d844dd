package cn.lianxi.kit.problem;

import java.util.List;

/**
 * A domain rule refused the request. {@code rule} is a stable slug (e.g. {@code forbidden-transition}) that becomes
 * the problem's type and title; {@code field} names the field at fault, when there is one.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String rule;
    private final String field;

    public ProblemException(int status, String rule, String detail, String field) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    public static ProblemException badRequest(String rule, String field, String detail) {
        return new ProblemException(400, rule, detail, field);
    }

    public static ProblemException conflict(String rule, String detail) {
        return new ProblemException(409, rule, detail, null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", what + " not found", null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        List<Problem.FieldError> errors = field == null ? null : List.of(new Problem.FieldError(field, getMessage()));
        return Problem.ofRule(status, rule, getMessage(), errors);
    }
}
