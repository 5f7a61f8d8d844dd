package cn.lianxi.cases.service;

import java.util.UUID;

import cn.lianxi.contracts.Officer;

/**
 * Who orders a measure, in which court, and with which {@code Idempotency-Key}: the key, scoped to the caller, is the
 * order's {@code requestId}, so a re-sent order names the same measure.
 */
public record MeasureStep(String actor, Officer officer, String court, String idempotencyKey) {

    /** The key as the idempotency ledger keeps it, or null without one. */
    String scopedKey() {
        return KeyedSteps.scoped(idempotencyKey, actor);
    }

    /** The order's id: its scoped key, or a fresh one. */
    String requestId() {
        String scoped = scopedKey();
        return scoped != null ? scoped : "rest-" + UUID.randomUUID();
    }
}
