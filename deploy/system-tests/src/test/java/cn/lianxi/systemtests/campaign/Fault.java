package cn.lianxi.systemtests.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One fault the nemesis injected (故障注入), as the history file keeps it, written once the fault has ended.
 *
 * @param fault       its kind: KILL, PAUSE, POSTGRES_RESTART, CLOCK_JUMP, NET_DROP …
 * @param target      what it hit: a service, a broker, PostgreSQL, a service↔Kafka link
 * @param startedAt   when it was injected
 * @param endedAt     when it was taken back (the process restarted, resumed, the link healed)
 * @param recoveredAt when the platform answered like before again; null when it never did within the campaign
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(String fault, String target, Instant startedAt, Instant endedAt, Instant recoveredAt) {

    /** From the end of the fault to the platform's recovery; empty when it did not recover. */
    public Optional<Duration> recovery() {
        return recoveredAt == null ? Optional.empty() : Optional.of(Duration.between(endedAt, recoveredAt));
    }
}
