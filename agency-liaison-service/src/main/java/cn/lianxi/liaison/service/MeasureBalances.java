package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.FreezeState;

/**
 * What a freeze leaves to draw on and what the debt leaves to take: pure arithmetic over the freeze's state and the
 * case's standing answers (an amended answer counts instead of the one it replaced), tested without a database.
 */
final class MeasureBalances {

    /**
     * One answered deduction (or other measure) of the case, as it stands.
     *
     * @param standingAt when its standing answer was given (the amendment's time for an amended one)
     */
    record Measure(ReferralKind kind, BigDecimal amount, Instant standingAt) {
    }

    /**
     * The case's amounts as case-service last told them (the snapshot every case event carries).
     *
     * @param asOf when case-service made the change the snapshot shows
     */
    record Snapshot(BigDecimal owed, BigDecimal recovered, Instant asOf) {
    }

    private MeasureBalances() {
    }

    /**
     * What the freeze an unfreeze or deduction draws on (its linked FREEZE referral, kept by {@link FreezeLedger})
     * lets it take: what an active freeze still holds; nothing for a freeze waiting in line (轮候冻结), released or
     * lapsed; no bound (null) when the freeze is not answered yet. {@code previousDraw} is what the answer being
     * amended took from this freeze: the amendment replaces it, so it is available again.
     */
    static BigDecimal heldFor(FreezeState state, BigDecimal held, BigDecimal previousDraw) {
        if (state == null) {
            return null;
        }
        return Money.cny(switch (state) {
            case ACTIVE -> held.add(previousDraw);
            // drawn down to nothing, perhaps by the very answer being amended
            case RELEASED -> previousDraw;
            case QUEUED, LAPSED -> BigDecimal.ZERO;
        });
    }

    /**
     * What the case still owes: owed less recovered as of the snapshot, less the deductions answered here since
     * (case-service had not counted them yet), plus {@code countedBefore}, an answer being amended that the snapshot
     * already counted (the amendment counts instead). Null without a snapshot: no bound is known. A deduction
     * answered moments before a snapshot but counted by case-service only after it is missed for that window.
     */
    static BigDecimal stillOwed(Snapshot snapshot, List<Measure> measures, BigDecimal countedBefore) {
        if (snapshot == null) {
            return null;
        }
        BigDecimal since = measures.stream()
                .filter(m -> m.kind() == ReferralKind.DEDUCTION && m.standingAt().isAfter(snapshot.asOf()))
                .map(Measure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.cny(snapshot.owed().subtract(snapshot.recovered()).subtract(since).add(countedBefore)
                .max(BigDecimal.ZERO));
    }
}
