package cn.lianxi.credit.service;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/** An officer's decision on a correction request or a credit-repair application: approve or not, with reasons. */
public record Decision(boolean approve, String reason) {

    /** The stated reasons; a decision without them is refused. */
    String requireReason() {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest(ProblemType.DECISION_REASON_REQUIRED, "reason", "a decision states its reasons");
        }
        return reason.trim();
    }
}
