package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.Instant;

import cn.lianxi.cases.RewardLead;
import cn.lianxi.cases.RewardNotice;
import cn.lianxi.cases.RewardNoticeStatus;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * Reward notices (悬赏执行), pure: 《最高人民法院关于民事执行中财产调查若干问题的规定》(法释〔2017〕8号, amended 2020)
 * art. 21 (the applicant's written application with the reward it promises), art. 22 (the court's notice with the
 * reward and its conditions), art. 23 (leads registered in the order received, kept confidential), art. 24 (the reward
 * paid for a lead the court did not know that let the debt be recovered in whole or in part).
 */
public final class RewardRules {

    private RewardRules() {
    }

    /** Art. 22: the notice runs for a period that ends after its publication. */
    public static void requireValidity(Instant publishedAt, Instant validUntil) {
        if (!validUntil.isAfter(publishedAt)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "validUntil",
                    "a reward notice is valid for a period after its publication (法释〔2017〕8号 art. 22)");
        }
    }

    /** Art. 23: a lead is taken on a notice the public may see: published, unexpired, its case open. */
    public static void requireOpen(RewardNotice n, boolean caseConcluded, Instant now) {
        if (n == null || caseConcluded || !n.openAt(now)) {
            throw ProblemException.notFound("reward notice");
        }
    }

    /**
     * Withdraws a published notice with its reason, the judge's or the case's conclusion ({@link ConclusionEffects}):
     * the notice publishes the search for property still owed (art. 22), so it ends with the case.
     *
     * @return {@code change} with the REWARD_NOTICE_WITHDRAWN step
     */
    static CaseChange withdraw(CaseChange change, RewardNotice n, String reason, Instant now) {
        if (n.status == RewardNoticeStatus.WITHDRAWN) {
            throw ProblemException.conflict(ProblemType.CONFLICT, "the notice is withdrawn");
        }
        n.status = RewardNoticeStatus.WITHDRAWN;
        n.withdrawnAt = now;
        n.withdrawalReason = reason;
        return change.step("悬赏公告 reward notice withdrawn: " + reason,
                new CaseEventDetail.RewardNoticeWithdrawn(n.id, reason));
    }

    /**
     * Art. 24: a reward is paid only for a useful lead, at most the notice's reward; a lead is assessed once.
     *
     * @return the reward paid, scale 2, or null when none
     */
    public static BigDecimal assess(RewardNotice n, RewardLead lead, boolean useful, BigDecimal paid) {
        if (lead.assessedAt != null) {
            throw ProblemException.conflict(ProblemType.CONFLICT, "the lead was already assessed");
        }
        if (paid == null) {
            return null;
        }
        if (!useful) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "rewardPaid",
                    "a reward is paid only for a lead that proved useful (法释〔2017〕8号 art. 24)");
        }
        if (paid.compareTo(n.reward) > 0) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "rewardPaid",
                    "the reward paid is at most the notice's reward of " + Money.format(n.reward)
                            + " (法释〔2017〕8号 art. 24)");
        }
        return Money.cny(paid);
    }
}
