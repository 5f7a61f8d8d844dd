package cn.lianxi.liaison.service;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.liaison.FreezeState;
import cn.lianxi.liaison.Referral;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the freeze books ({@link FreezeLedger}'s fields) right when an answer is amended (更正回执): the corrected
 * answer counts instead of the replaced one. A corrected freeze holds its corrected amount less what was drawn on it
 * and ends on its corrected day; a corrected renewal moves its freeze's end; a corrected unfreeze or deduction gives
 * back to its active freeze what the replaced one took and takes the corrected amount. A freeze the replaced answer
 * had drawn down to nothing (released) stays released. Runs in the amendment's transaction.
 */
@ApplicationScoped
public class FreezeCorrections {

    private final AuditLog audit;
    private final FreezeLedger ledger;

    public FreezeCorrections(AuditLog audit, FreezeLedger ledger) {
        this.audit = audit;
        this.ledger = ledger;
    }

    /** {@code previous} is the replaced answer, {@code r} already carries the corrected one. */
    Uni<Void> onAmended(Referral r, ReferralResult previous, ReferralResult corrected, String actor) {
        if (corrected instanceof ReferralResult.Freeze freeze) {
            return r.kind == ReferralKind.FREEZE_RENEWAL ? moveEnd(r, freeze, actor)
                    : correctFreeze(r, previous, freeze);
        }
        if (corrected.amount() == null || r.linkedFreezeId == null) {
            return Uni.createFrom().voidItem();
        }
        return Referral.<Referral>findById(r.linkedFreezeId).chain(f -> {
            if (f == null || f.freezeState != FreezeState.ACTIVE) {
                return Uni.createFrom().voidItem();
            }
            f.freezeHeld = Money.cny(f.freezeHeld.add(previous.amount()).subtract(corrected.amount())
                    .max(BigDecimal.ZERO));
            return audit.append(actor, "freeze-redrawn", f.id.toString(),
                    "amended " + r.kind + " " + r.id + " holds=" + f.freezeHeld);
        });
    }

    private Uni<Void> correctFreeze(Referral r, ReferralResult previous, ReferralResult.Freeze freeze) {
        if (r.freezeHeld != null) {
            // what was drawn on it stays drawn: the corrected amount less what the replaced one no longer holds
            BigDecimal drawn = previous.amount().subtract(r.freezeHeld);
            r.freezeHeld = Money.cny(freeze.amountFrozen().subtract(drawn).max(BigDecimal.ZERO));
            r.freezeAccount = freeze.accountNumber();
        }
        if (!freeze.frozenUntil().equals(r.freezeUntil)) {
            // the corrected answer counts as of the answer it replaces: the term runs from then
            ledger.runsUntil(r, freeze.frozenUntil(), r.answeredAt);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> moveEnd(Referral renewal, ReferralResult.Freeze freeze, String actor) {
        renewal.freezeUntil = freeze.frozenUntil();
        if (renewal.linkedFreezeId == null) {
            return Uni.createFrom().voidItem();
        }
        return Referral.<Referral>findById(renewal.linkedFreezeId).chain(f -> {
            if (f == null || f.freezeState == null || !f.freezeState.standing()) {
                return Uni.createFrom().voidItem();
            }
            ledger.runsUntil(f, freeze.frozenUntil(), renewal.answeredAt);
            return audit.append(actor, "freeze-renewal-amended", f.id.toString(),
                    "renewal=" + renewal.id + " until=" + f.freezeUntil);
        });
    }
}
