package cn.lianxi.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where one freeze of a case stands, as the banks' outcomes tell it (冻结状态). */
public enum FreezeStatus {
    /** Ordered, not answered yet. */
    ORDERED,
    /** 轮候冻结: the account is frozen for another case; this freeze waits in line and takes effect after it. */
    QUEUED,
    /** Frozen (or renewed, or a queued freeze that took effect) until {@code frozenUntil}. */
    FROZEN,
    /** Frozen, and its end is within the warning window: renew it (续冻) or it lapses. */
    EXPIRING,
    /** Reached its end unrenewed (冻结失效). */
    LAPSED,
    /** Released by an unfreeze (解冻), or everything it held was deducted. */
    RELEASED,
    /** Never took effect: refused, unroutable, or withdrawn. */
    REFUSED;

    private static final Set<FreezeStatus> IN_FORCE = EnumSet.of(ORDERED, QUEUED, FROZEN, EXPIRING);

    /** Holds (or may yet hold) money: counted against the amount still owed, and released on conclusion. */
    public boolean inForce() {
        return IN_FORCE.contains(this);
    }

    /** Answered and holding money now: the only freezes that can be renewed. */
    public boolean renewable() {
        return this == FROZEN || this == EXPIRING;
    }
}
