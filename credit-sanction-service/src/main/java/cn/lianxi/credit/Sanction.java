package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What listings and restriction orders share: both end (lifted or expired) with a legal reason and a due date. */
public interface Sanction {

    UUID id();

    /** Ends the sanction; {@code dueBy} is the last day the law allowed for it. */
    void end(SanctionStatus status, LiftReason reason, LocalDate dueBy, Instant at);
}
