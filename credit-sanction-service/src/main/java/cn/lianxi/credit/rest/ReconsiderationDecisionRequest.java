package cn.lianxi.credit.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.service.CorrectedEntry;
import cn.lianxi.credit.service.Decision;

/**
 * The court above decides a reconsideration (复议, 法释〔2017〕7号 art. 12), with reasons.
 *
 * @param outcome   UPHOLD the rejection (维持) or REVOKE it (撤销: the correction request is granted)
 * @param corrected when revoking the rejection of a request about inaccurate information: what the entry becomes
 */
public record ReconsiderationDecisionRequest(@NotNull Outcome outcome, @Size(max = 1000) String reason,
        @Valid CorrectedEntry corrected) {

    /** The two decisions the court above can make. */
    public enum Outcome {
        UPHOLD, REVOKE
    }

    public Decision toDecision() {
        return new Decision(outcome == Outcome.REVOKE, reason);
    }
}
