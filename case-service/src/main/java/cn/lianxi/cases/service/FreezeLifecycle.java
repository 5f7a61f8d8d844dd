package cn.lianxi.cases.service;

import cn.lianxi.cases.CaseFreeze;
import cn.lianxi.cases.FreezeLink;
import cn.lianxi.cases.FreezeStatus;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;

/**
 * How a bank's outcome moves one freeze (冻结的生命周期): frozen, queued behind another court's freeze (轮候冻结) and
 * taking effect, expiring, renewed (续冻), lapsed unrenewed, released by an unfreeze, drawn on by a deduction. A
 * deposit freeze lasts at most one year and may be renewed before it ends, each renewal again at most one year; an
 * unrenewed freeze lapses (最高人民法院关于适用《中华人民共和国民事诉讼法》的解释, 法释〔2022〕11号, art. 485).
 * Pure: the caller loads and stores the rows.
 */
final class FreezeLifecycle {

    private FreezeLifecycle() {
    }

    /**
     * @param link the order the outcome answers when it is not the freeze's own (a renewal, unfreeze or deduction)
     */
    static void apply(CaseFreeze f, FreezeLink link, ReferralOutcome o) {
        ReferralResult.Freeze result = FreezeRegister.freezeResult(o);
        switch (o.outcome()) {
            case FROZEN, FREEZE_RENEWED, FREEZE_EFFECTIVE -> {
                if (link != null && link.kind != ReferralKind.FREEZE_RENEWAL) {
                    return;
                }
                if (result != null) {
                    f.frozenAmount = result.amountFrozen();
                    f.frozenUntil = result.frozenUntil();
                } else if (o.amount() != null && f.frozenAmount == null) {
                    f.frozenAmount = o.amount();
                }
                f.status = FreezeStatus.FROZEN;
            }
            case FREEZE_QUEUED -> {
                if (f.status == FreezeStatus.ORDERED) {
                    f.status = FreezeStatus.QUEUED;
                }
            }
            case FREEZE_EXPIRING -> {
                if (result != null) {
                    f.frozenUntil = result.frozenUntil();
                }
                if (f.status == FreezeStatus.FROZEN) {
                    f.status = FreezeStatus.EXPIRING;
                }
            }
            case FREEZE_LAPSED -> f.status = FreezeStatus.LAPSED;
            case UNFROZEN -> {
                if (link != null && link.kind == ReferralKind.UNFREEZE) {
                    link.answeredAmount = o.amount() != null ? o.amount() : link.orderedAmount;
                    if (link.orderedAmount == null) { // an unfreeze of the whole freeze
                        f.status = FreezeStatus.RELEASED;
                    }
                }
            }
            case DEDUCTED -> {
                if (link != null && link.kind == ReferralKind.DEDUCTION) {
                    link.answeredAmount = o.amount(); // an amended answer overwrites the one it replaces
                }
            }
            case REJECTED, UNROUTABLE, CANCELLED -> {
                if (link == null && (f.status == FreezeStatus.ORDERED || f.status == FreezeStatus.QUEUED)) {
                    f.status = FreezeStatus.REFUSED;
                }
            }
            default -> {
                // other outcomes (escalations, expiries of the referral itself) do not move the freeze
            }
        }
    }
}
