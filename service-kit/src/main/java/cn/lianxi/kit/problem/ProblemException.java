package cn.lianxi.kit.problem;

import java.util.List;

import cn.lianxi.contracts.ProblemType;

/**
 * A domain rule refused the request: its {@link ProblemType} (type, title, usual status), what happened this time
 * and the field at fault, when there is one. A rule refused in another setting than usual (a court event that
 * conflicts with the stored case rather than a bad request field) may name its own status.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final String field;

    public ProblemException(ProblemType type, int status, String detail, String field) {
        super(detail);
        this.type = type;
        this.status = status;
        this.field = field;
    }

    public ProblemException(ProblemType type, String detail, String field) {
        this(type, type.status(), detail, field);
    }

    public static ProblemException badRequest(ProblemType type, String field, String detail) {
        return new ProblemException(type, 400, detail, field);
    }

    public static ProblemException conflict(ProblemType type, String detail) {
        return new ProblemException(type, 409, detail, null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found", null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, null);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public Problem toProblem() {
        List<Problem.FieldError> errors = field == null ? null : List.of(new Problem.FieldError(field, getMessage()));
        return Problem.of(type, status, getMessage(), errors);
    }
}
