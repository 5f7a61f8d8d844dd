package cn.lianxi.credit.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.service.CorrectedEntry;
import cn.lianxi.credit.service.Decision;

/**
 * The court's decision on a correction request (法释〔2017〕7号 art. 12), with its reasons.
 *
 * @param approve   uphold (理由成立) or reject (驳回)
 * @param corrected for an upheld request about inaccurate information: what the entry becomes; absent otherwise
 */
public record CorrectionDecisionRequest(@NotNull Boolean approve, @Size(max = 1000) String reason,
        @Valid CorrectedEntry corrected) {

    public Decision toDecision() {
        return new Decision(approve, reason);
    }
}
