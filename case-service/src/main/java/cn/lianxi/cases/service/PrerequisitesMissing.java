package cn.lianxi.cases.service;

import java.util.List;
import java.util.stream.Collectors;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.Problem;
import cn.lianxi.kit.problem.ProblemException;

/**
 * A move refused because several of its prerequisites are missing: a 409 {@code forbidden-transition} whose
 * {@code errors[]} name each one, so the court sees all it still has to do at once, not one per attempt.
 */
public class PrerequisitesMissing extends ProblemException {

    private final List<Problem.FieldError> errors;

    /** @param detail the whole refusal, as {@link #of} words it */
    public PrerequisitesMissing(String detail, List<Problem.FieldError> errors) {
        super(ProblemType.FORBIDDEN_TRANSITION, 409, detail, errors.get(0).field());
        this.errors = List.copyOf(errors);
    }

    /** {@code what} cannot happen yet: each of {@code errors} (not empty) is missing. */
    public static PrerequisitesMissing of(String what, List<Problem.FieldError> errors) {
        return new PrerequisitesMissing(what + " prerequisites not met: "
                + errors.stream().map(Problem.FieldError::field).collect(Collectors.joining(", ")), errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    @Override
    public Problem toProblem() {
        return Problem.of(type(), status(), getMessage(), errors);
    }
}
