package cn.lianxi.liaison;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a referral: queued → delivered → acknowledged → answered / rejected / expired / cancelled. */
public enum ReferralStatus {
    /** Waiting in the agency's queue. */
    QUEUED,
    /** Claimed by a pull worker (under a lease) or published to a Kafka-connected agency. */
    DELIVERED,
    /** The agency confirmed it is working on it. */
    ACKNOWLEDGED,
    /** Answered with a typed result. */
    ANSWERED,
    /** Refused by the agency, with a reason. */
    REJECTED,
    /** Not answered before due time plus grace; no answer is accepted any more. */
    EXPIRED,
    /** Withdrawn before it was answered because the case was concluded; the agency was told, answers are refused. */
    CANCELLED;

    public static final Set<ReferralStatus> OPEN = EnumSet.of(QUEUED, DELIVERED, ACKNOWLEDGED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
