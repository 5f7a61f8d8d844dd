package cn.lianxi.cases.service;

import java.util.EnumSet;
import java.util.Set;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;

/**
 * The timeline summary of an agency outcome, in Chinese and English: the freeze lifecycle (到期提醒, 续冻, 失效,
 * 轮候, 生效) and withdrawals in words, refusals with their reason, amended answers naming what they replace.
 */
final class OutcomeSummaries {

    /** Outcomes that mean the court's order was not carried out. */
    private static final Set<OutcomeType> REFUSALS = EnumSet.of(OutcomeType.REJECTED, OutcomeType.UNROUTABLE);

    private OutcomeSummaries() {
    }

    static String of(ReferralOutcome o) {
        String text = lifecycle(o);
        if (o.replaces() != null) {
            text = "更正回执 amended answer (replaces " + o.replaces() + "): " + text
                    + (o.reason() == null ? "" : " — " + o.reason());
        }
        return text;
    }

    private static String lifecycle(ReferralOutcome o) {
        ReferralResult.Freeze freeze = FreezeRegister.freezeResult(o);
        String until = freeze == null ? "" : " until " + freeze.frozenUntil();
        String amount = o.amount() == null ? "" : ": " + CaseChange.cny(o.amount());
        String order = o.requestId() == null ? "" : " (order " + o.requestId() + ")";
        return switch (o.outcome()) {
            case FREEZE_EXPIRING -> "冻结即将到期 freeze expiring" + until + order + ": renew it (续冻) or it lapses";
            case FREEZE_RENEWED -> "续冻成功 freeze renewed" + amount + until + order;
            case FREEZE_LAPSED -> "冻结失效 freeze lapsed unrenewed" + order + ": the account is no longer frozen";
            case FREEZE_QUEUED -> "轮候冻结 freeze queued" + amount + order
                    + ": the account is frozen for another case; this freeze takes effect when that one ends";
            case FREEZE_EFFECTIVE -> "轮候冻结生效 queued freeze took effect" + amount + until + order;
            case CANCELLED -> "协查撤回 " + o.referralKind() + " referral cancelled" + order
                    + (o.reason() == null ? "" : ": " + o.reason());
            case EXIT_BAN_REFUSED -> "限制出境 refused by the police" + order
                    + (o.result() instanceof ReferralResult.ExitBan b ? ": " + b.reason() : "");
            case AUCTION_SOLD -> "拍卖成交 sold at auction" + amount + order
                    + (o.result() instanceof ReferralResult.Auction a ? " to " + a.buyer() + " on " + a.closedOn() : "");
            default -> {
                String summary = "协查结果 " + o.referralKind() + " → " + o.outcome() + amount
                        + (o.result() instanceof ReferralResult.Deduction d
                                ? " (transfer " + d.transferReference() + ")" : "")
                        + (o.outcome() == OutcomeType.FROZEN ? until : "");
                yield REFUSALS.contains(o.outcome()) ? summary + " refused: " + o.reason() : summary;
            }
        };
    }
}
