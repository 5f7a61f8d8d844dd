package cn.lianxi.gateway.problem;

/**
 * A gateway endpoint's own refusal or failure (问题), answered as the problem it carries (RFC 9457), e.g. a bad
 * period, a bulletin the service does not know, a missing font.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
