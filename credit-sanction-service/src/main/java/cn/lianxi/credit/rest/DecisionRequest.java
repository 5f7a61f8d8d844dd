package cn.lianxi.credit.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.service.Decision;

/** An officer's decision on a credit-repair application, always with its reasons. */
public record DecisionRequest(@NotNull Boolean approve, @Size(max = 1000) String reason) {

    public Decision toDecision() {
        return new Decision(approve, reason);
    }
}
