package cn.lianxi.liaison;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an answered freeze (冻结) stands in its life: it holds the money until its end (冻结期限), unless it is
 * released (解冻, or drawn down to nothing by deductions 扣划) or lapses unrenewed (冻结失效). A freeze answered on an
 * account that another case's freeze already holds waits in line (轮候冻结) and takes effect when the one ahead
 * ends.
 */
public enum FreezeState {
    /** The freeze holds the money (正式冻结) until {@code freezeUntil}. */
    ACTIVE,
    /** 轮候冻结: waits behind another case's freeze of the same account at the same bank. */
    QUEUED,
    /** Released by an unfreeze, or drawn down to nothing by deductions: it holds nothing any more. */
    RELEASED,
    /** Its end passed without a renewal (续冻): it holds nothing any more. */
    LAPSED;

    /** The states in which a freeze still counts: holding the money or waiting in line for it. */
    public static final Set<FreezeState> STANDING = EnumSet.of(ACTIVE, QUEUED);

    public boolean standing() {
        return STANDING.contains(this);
    }
}
