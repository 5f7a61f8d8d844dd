package cn.lianxi.gateway.proxy;

import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.problem.Problem;

/** How a failed call to a service is told to the caller: 504 when it was too slow, 503 when unreachable. */
public final class UpstreamFailures {

    private UpstreamFailures() {
    }

    public static Problem problem(Upstream upstream, Throwable failure) {
        String service = upstream.key() + " service";
        if (failure instanceof CircuitBreakerOpenException) {
            return Problem.of(ProblemType.UPSTREAM_CIRCUIT_OPEN,
                    "the " + service + " failed repeatedly; calls are paused briefly");
        }
        if (isTimeout(failure)) {
            return Problem.of(ProblemType.UPSTREAM_TIMEOUT, "the " + service + " did not answer in time");
        }
        return Problem.of(ProblemType.UPSTREAM_UNAVAILABLE, "the " + service + " cannot be reached");
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
