package cn.lianxi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The wrong query codes (查询码) tried on one case in the current window. Eight characters are only safe against
 * guessing if guesses are few: at the limit the case refuses every code, the right one too, until the window that
 * counted them ends. Per case, not per caller, because a guesser can change addresses (the gateway limits each
 * address besides); the party that is locked out for a while asks again later, or asks the court.
 */
@Entity
@Table(name = "party_query_failure")
public class PartyQueryFailure extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** When the window counting {@link #failures} began: at the first wrong code after the last window ended. */
    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    @Column(nullable = false)
    public int failures;

    /** Starts a new, empty window when the one counted has ended by {@code now}. */
    public void refresh(Instant now, Duration window) {
        if (!now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
    }

    public boolean isLocked(int maxFailures) {
        return failures >= maxFailures;
    }

    /** Whole seconds from {@code now} until the window ends (at least 1), for {@code Retry-After}. */
    public long secondsLeft(Instant now, Duration window) {
        return Math.max(1, (Duration.between(now, windowStart.plus(window)).toMillis() + 999) / 1000);
    }
}
