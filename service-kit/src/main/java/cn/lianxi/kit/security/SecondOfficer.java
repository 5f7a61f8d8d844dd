package cn.lianxi.kit.security;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The four-eyes rule of supervision (制度铁笼, 执行权力运行监督制约): the officer who asked for a sensitive action
 * cannot be the one who approves or rejects it. One rule for every service that keeps requests for approval; each
 * also refuses it in its database (a check that the decider is not the requester).
 */
public final class SecondOfficer {

    private SecondOfficer() {
    }

    /** 403 {@code self-approval} when {@code decider} is {@code requester}. */
    public static void requireNotRequester(String requester, String decider) {
        if (decider.equals(requester)) {
            throw new ProblemException(ProblemType.SELF_APPROVAL,
                    "the officer who requested the action cannot decide on it; a second officer must", null);
        }
    }
}
