package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.liaison.CaseSnapshot;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.repository.CaseSnapshotRepository;
import cn.lianxi.liaison.repository.ReferralRepository;
import io.smallrye.mutiny.Uni;

/**
 * Gathers what an answer may claim ({@link AnswerRules.Limits}): the order's account and amount from the referral's
 * payload; what the freeze an unfreeze or deduction draws on still holds (the FREEZE referral linked by the order's
 * {@code freezeRequestId}, else the case's freeze of the account, as {@link FreezeLedger} keeps it); and what the case
 * still owes, from case-service's latest snapshot and the deductions answered since. Reads only; runs inside the
 * answer's transaction. When {@code r} already has an answer (an amendment), that answer is left out: the new one
 * replaces it.
 */
@ApplicationScoped
public class AnswerLimits {

    private final ReferralRepository referrals;
    private final CaseSnapshotRepository snapshots;
    private final FreezeLedger freezes;
    private final Json json;

    public AnswerLimits(ReferralRepository referrals, CaseSnapshotRepository snapshots, FreezeLedger freezes,
            Json json) {
        this.referrals = referrals;
        this.snapshots = snapshots;
        this.freezes = freezes;
        this.json = json;
    }

    Uni<AnswerRules.Limits> of(Referral r, ReferralResult result) {
        ReferralPayload order = json.stored(r.payload, ReferralPayload.class);
        String account = accountOf(result);
        if (!(result instanceof ReferralResult.Deduction || result instanceof ReferralResult.Unfreeze)) {
            return Uni.createFrom().item(new AnswerRules.Limits(order.accountNumber(), order.amount(), null, null));
        }
        BigDecimal previous = previousAmount(r);
        return drawnOn(r, account).chain(freeze -> {
            BigDecimal frozen = freeze == null ? null : MeasureBalances.heldFor(freeze.freezeState, freeze.freezeHeld,
                    freeze.id.equals(r.linkedFreezeId) ? previous : BigDecimal.ZERO);
            if (!(result instanceof ReferralResult.Deduction)) {
                return Uni.createFrom().item(new AnswerRules.Limits(order.accountNumber(), order.amount(), frozen,
                        null));
            }
            return stillOwed(r, previous).map(owed -> new AnswerRules.Limits(order.accountNumber(), order.amount(),
                    frozen, owed));
        });
    }

    /** The freeze the unfreeze or deduction draws on: the one linked when it was ordered, else the case's own. */
    private Uni<Referral> drawnOn(Referral r, String account) {
        return r.linkedFreezeId != null ? Referral.<Referral>findById(r.linkedFreezeId)
                : freezes.freezeNamedBy(r.caseId, r.agencyId, r.freezeRequestId, account);
    }

    private Uni<BigDecimal> stillOwed(Referral r, BigDecimal previous) {
        return snapshots.findById(r.caseId).chain(s -> s == null ? Uni.createFrom().nullItem()
                : referrals.answeredOfCase(r.caseId, EnumSet.of(ReferralKind.DEDUCTION)).map(list -> {
                    List<MeasureBalances.Measure> others = list.stream().filter(m -> !m.id.equals(r.id))
                            .map(this::measure).toList();
                    return MeasureBalances.stillOwed(snapshot(s), others,
                            counted(r, s) ? previous : BigDecimal.ZERO);
                }));
    }

    private MeasureBalances.Measure measure(Referral m) {
        return new MeasureBalances.Measure(m.kind, json.stored(m.result, ReferralResult.class).amount(),
                standingAt(m));
    }

    private static MeasureBalances.Snapshot snapshot(CaseSnapshot s) {
        return new MeasureBalances.Snapshot(s.amountOwed, s.amountRecovered, s.asOf);
    }

    /** Whether case-service had already counted {@code r}'s standing answer in the snapshot. */
    private static boolean counted(Referral r, CaseSnapshot s) {
        return r.result != null && !standingAt(r).isAfter(s.asOf);
    }

    /** The amount of the referral's standing answer (the one an amendment replaces), or zero. */
    private BigDecimal previousAmount(Referral r) {
        BigDecimal amount = r.result == null ? null : json.stored(r.result, ReferralResult.class).amount();
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static java.time.Instant standingAt(Referral m) {
        return m.amendedAt != null ? m.amendedAt : m.answeredAt;
    }

    private static String accountOf(ReferralResult result) {
        if (result instanceof ReferralResult.Unfreeze u) {
            return u.accountNumber();
        }
        return result instanceof ReferralResult.Deduction d ? d.accountNumber() : null;
    }
}
