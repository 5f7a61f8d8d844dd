package cn.lianxi.liaison.repository;

import java.time.Instant;
import java.util.UUID;

/**
 * A place in the queue order {@code (dueAt, id)}: keyset paging continues strictly after it. The id breaks ties
 * between referrals due at the same instant (a bank fan-out makes thousands), so no row is skipped or repeated.
 */
public record DuePosition(Instant dueAt, UUID id) {
}
