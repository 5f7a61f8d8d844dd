package cn.lianxi.liaison.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.liaison.FreezeState;

/**
 * Where an answered freeze stands (the {@code freeze} of a FREEZE referral's view): active, queued behind another
 * case's freeze (轮候冻结), released or lapsed; what it still holds; its last day as the bank stated it; {@code endsAt},
 * when it stops holding unless renewed (the end of that day, or of a shortened configured term); and {@code expiring} when it is
 * active and ends within {@code lianxi.referral.freeze-warning}, so the bank's inbox and the court see it in time
 * for a renewal (续冻).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FreezeView(FreezeState state, String accountNumber, BigDecimal held, LocalDate until, Instant endsAt,
        boolean expiring,
        Instant changedAt) {
}
