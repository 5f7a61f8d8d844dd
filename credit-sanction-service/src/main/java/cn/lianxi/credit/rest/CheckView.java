package cn.lianxi.credit.rest;

import java.time.Instant;
import java.util.UUID;

/** A recorded check, as its agency sees it (masked ID). */
public record CheckView(UUID id, String agencyId, String actor, String maskedIdNumber, boolean restricted,
        Instant checkedAt) {
}
