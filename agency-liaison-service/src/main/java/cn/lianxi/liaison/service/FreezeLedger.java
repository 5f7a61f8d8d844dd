package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.FreezeState;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.config.FreezeTerm;
import cn.lianxi.liaison.config.ReferralConfig;
import cn.lianxi.liaison.repository.FreezeRepository;
import io.smallrye.mutiny.Uni;

/**
 * The life of an answered freeze (冻结), kept on its FREEZE referral: its term, what it still holds, its renewal
 * (续冻), release (解冻), the deductions (扣划) drawn on it, its lapse, and the queue of freezes on one account
 * (轮候冻结). Runs inside the caller's transaction, after the answer's checks and before its outcome is published.
 *
 * <ul>
 * <li>A deposit freeze lasts at most one year and may be renewed before it ends (民诉法解释 art. 485, term as
 * configuration: {@code lianxi.referral.deposit-freeze-term}); one not renewed lapses and holds nothing any more.</li>
 * <li>A freeze answered on an account another case's freeze already holds waits in line (轮候冻结) and takes effect
 * automatically when the one ahead is released or lapses (查封扣押冻结规定, 法释〔2004〕15号 as amended 2020,
 * art. 26); its term runs from that day.</li>
 * </ul>
 */
@ApplicationScoped
public class FreezeLedger {

    static final String ACTOR = "freeze-ledger";

    private final FreezeRepository freezes;
    private final ReferralEvents events;
    private final AuditLog audit;
    private final ReferralConfig config;
    private final Clock clock;

    public FreezeLedger(FreezeRepository freezes, ReferralEvents events, AuditLog audit, ReferralConfig config,
            Clock clock) {
        this.freezes = freezes;
        this.events = events;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The freeze a renewal, unfreeze or deduction order names: the case's freeze of {@code freezeRequestId} when the
     * court gave it, else the case's freeze of the same account at the same bank; null when there is none.
     */
    public Uni<Referral> freezeNamedBy(UUID caseId, String agencyId, String freezeRequestId, String account) {
        return freezeRequestId != null ? freezes.freezeOfOrder(caseId, freezeRequestId)
                : account == null ? Uni.createFrom().nullItem()
                : freezes.caseFreezeOnAccount(caseId, agencyId, account);
    }

    /** Whether a freeze can still be renewed or drawn on: not answered yet, or answered and standing. */
    public static boolean standing(Referral freeze) {
        return freeze.freezeState == null ? freeze.status.isOpen() : freeze.freezeState.standing();
    }

    /**
     * Books an answer that was checked and recorded ({@code r.outcome} set) before its outcome is published: a
     * freeze takes effect or queues, a renewal extends its freeze, an unfreeze or deduction draws on its freeze.
     * A renewal of a freeze that no longer stands, or a term longer than the configured one, is refused (nothing
     * is then recorded: the transaction rolls back).
     */
    public Uni<Void> onAnswered(Referral r, ReferralResult result) {
        if (result instanceof ReferralResult.Freeze freeze) {
            checkTerm(freeze.frozenUntil());
            return r.kind == ReferralKind.FREEZE_RENEWAL ? renew(r, freeze) : hold(r, freeze);
        }
        if (result instanceof ReferralResult.Unfreeze unfreeze) {
            return drawOn(r, unfreeze.accountNumber(), unfreeze.amountUnfrozen(), "released by unfreeze " + r.id);
        }
        if (result instanceof ReferralResult.Deduction deduction) {
            return drawOn(r, deduction.accountNumber(), deduction.amountDeducted(), "drawn down by deduction " + r.id);
        }
        return Uni.createFrom().voidItem();
    }

    /** An active freeze past its end lapses (冻结失效): FREEZE_LAPSED, and the next in line takes effect. */
    public Uni<Void> lapse(Referral freeze) {
        return end(freeze, FreezeState.LAPSED, "the freeze ended at " + freeze.freezeEndsAt + " (last day "
                + freeze.freezeUntil + ") without renewal (续冻)");
    }

    /** Refuses an end beyond the configured term (the contract's one-year rule is checked before). */
    private void checkTerm(LocalDate frozenUntil) {
        LocalDate latest = config.depositFreezeTerm().lastDay(clock.instant());
        if (frozenUntil.isAfter(latest)) {
            throw ProblemException.badRequest(ProblemType.INVALID_RESULT, "frozenUntil",
                    "a deposit freeze lasts at most " + config.depositFreezeTerm() + " (until " + latest + ")");
        }
    }

    /** A new freeze: active, or queued behind another case's active freeze of the same account at this bank. */
    private Uni<Void> hold(Referral r, ReferralResult.Freeze freeze) {
        r.freezeAccount = freeze.accountNumber();
        r.freezeHeld = Money.cny(freeze.amountFrozen());
        runsUntil(r, freeze.frozenUntil(), clock.instant());
        return freezes.lockStandingOnAccount(r.agencyId, r.freezeAccount).chain(standing -> {
            Referral ahead = standing.stream()
                    .filter(o -> !o.id.equals(r.id) && !o.caseId.equals(r.caseId) && o.freezeState == FreezeState.ACTIVE)
                    .findFirst().orElse(null);
            if (ahead == null) {
                r.freezeState = FreezeState.ACTIVE;
                return Uni.createFrom().voidItem();
            }
            r.freezeState = FreezeState.QUEUED;
            r.outcome = OutcomeType.FREEZE_QUEUED;
            return audit.append(ACTOR, "freeze-queued", r.id.toString(), "behind=" + ahead.id + " case=" + ahead.caseId);
        });
    }

    /** 续冻: the named freeze runs to the renewal's end and is announced again before that end. */
    private Uni<Void> renew(Referral renewal, ReferralResult.Freeze freeze) {
        return linked(renewal, freeze.accountNumber()).chain(f -> {
            if (f == null || f.freezeState == null || !f.freezeState.standing()) {
                throw ProblemException.conflict(ProblemType.REFERRAL_CLOSED, "the freeze this renewal extends "
                        + (f == null ? "is unknown" : "no longer stands (" + stateOf(f) + ")") + ": nothing to renew");
            }
            LocalDate previous = f.freezeUntil;
            f.freezeChangedAt = clock.instant();
            runsUntil(f, freeze.frozenUntil(), f.freezeChangedAt);
            return audit.append(ACTOR, "freeze-renewed", f.id.toString(),
                    "renewal=" + renewal.id + " from=" + previous + " until=" + f.freezeUntil);
        });
    }

    /** An unfreeze or deduction draws on its freeze; when nothing is left the freeze is released. */
    private Uni<Void> drawOn(Referral r, String account, BigDecimal amount, String why) {
        return linked(r, account).chain(f -> {
            if (f == null || f.freezeState == null || !f.freezeState.standing()) {
                return Uni.createFrom().voidItem();
            }
            f.freezeHeld = Money.cny(f.freezeHeld.subtract(amount).max(BigDecimal.ZERO));
            if (f.freezeHeld.signum() > 0) {
                return audit.append(ACTOR, "freeze-drawn-on", f.id.toString(), why + " holds=" + f.freezeHeld);
            }
            return end(f, FreezeState.RELEASED, why);
        });
    }

    /** The freeze {@code r} names, resolved once and kept on {@code r}. */
    private Uni<Referral> linked(Referral r, String account) {
        if (r.linkedFreezeId != null) {
            return Referral.<Referral>findById(r.linkedFreezeId);
        }
        return freezeNamedBy(r.caseId, r.agencyId, r.freezeRequestId, account).invoke(f -> r.linkedFreezeId = f == null ? null : f.id);
    }

    /** A standing freeze stops holding; the first queued freeze of the account then takes effect. */
    private Uni<Void> end(Referral f, FreezeState how, String why) {
        boolean wasActive = f.freezeState == FreezeState.ACTIVE;
        f.freezeState = how;
        f.freezeChangedAt = clock.instant();
        Uni<Void> told = how == FreezeState.LAPSED
                ? events.outcome(f, OutcomeType.FREEZE_LAPSED, f.freezeHeld, why).replaceWithVoid()
                : Uni.createFrom().voidItem();
        return told.call(() -> audit.append(ACTOR, "freeze-" + how.name().toLowerCase(), f.id.toString(), why))
                .chain(() -> wasActive ? nextInLine(f) : Uni.createFrom().voidItem());
    }

    /** 轮候冻结 takes effect: the first queued freeze of the account holds it from today, for a full term. */
    private Uni<Void> nextInLine(Referral ended) {
        return freezes.lockStandingOnAccount(ended.agencyId, ended.freezeAccount).chain(standing -> {
            if (standing.stream().anyMatch(o -> o.freezeState == FreezeState.ACTIVE)) {
                return Uni.createFrom().voidItem();
            }
            List<Referral> queued = standing.stream().filter(o -> o.freezeState == FreezeState.QUEUED).toList();
            if (queued.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Referral next = queued.get(0);
            next.freezeState = FreezeState.ACTIVE;
            next.outcome = OutcomeType.FREEZE_EFFECTIVE;
            next.freezeChangedAt = clock.instant();
            runsUntil(next, config.depositFreezeTerm().lastDay(next.freezeChangedAt), next.freezeChangedAt);
            String why = "took effect because freeze " + ended.id + " of case " + ended.caseNumber + " "
                    + stateOf(ended) + "; holds until " + next.freezeUntil;
            return events.outcome(next, OutcomeType.FREEZE_EFFECTIVE, next.freezeHeld, why)
                    .call(() -> audit.append(ACTOR, "freeze-effective", next.id.toString(), "after=" + ended.id))
                    .replaceWithVoid();
        });
    }

    /** The freeze runs to the bank's {@code lastDay}, its term counted from {@code from} ({@link FreezeTerm#end}). */
    void runsUntil(Referral f, LocalDate lastDay, Instant from) {
        f.freezeRunsUntil(lastDay, config.depositFreezeTerm().end(from, lastDay));
    }

    private static String stateOf(Referral f) {
        return f.freezeState == null ? "was not answered" : "was " + f.freezeState.name().toLowerCase();
    }
}
