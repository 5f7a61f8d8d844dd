package cn.lianxi.cases.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.RewardNotice;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventDetail.AccountOrder;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.PartyRef;

/**
 * What a conclusion (结案) does on the court's side beyond the status: the freezes it releases get unfreeze orders
 * (解冻), one per freeze in force, each linked to its freeze by {@code freezeRequestId} and published with the
 * conclusion (liaison cancels the open referrals; credit lifts listings, on the CASE_CONCLUDED event).
 * <p>
 * Which conclusions release freezes, and why:
 * <ul>
 * <li>FULL_PERFORMANCE (执行完毕) and SETTLEMENT_PERFORMED (和解履行完毕): the debt is performed, so nothing is left
 * for a freeze to secure (《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》 lists a debt paid off among
 * the grounds for lifting a freeze).</li>
 * <li>TERMINATION (终结执行) and NON_ENFORCEMENT (不予执行): enforcement ends for good or has no basis to enforce, so
 * the court may not keep the debtor's money blocked.</li>
 * <li>TERMINATION_OF_THIS_ROUND (终本) keeps its freezes: the debt is still owed, the case may be resumed
 * (法〔2016〕373号 art. 9) and 终本 itself lifts no control measure; a freeze then runs to its term and may be
 * renewed or lapse.</li>
 * <li>BANKRUPTCY_TRANSFER (执转破) keeps them too: the case goes to the bankruptcy court, which takes over the
 * debtor's property; preservation measures are released once it accepts the petition (企业破产法 art. 19), by its
 * decision, not by the enforcing court's conclusion.</li>
 * <li>When the bankruptcy court's acceptance (受理) concludes the case ({@link BankruptcyTransferRules#accept}), that
 * acceptance releases them ({@link #releaseAll}).</li>
 * </ul>
 * Every conclusion, whatever its type and path (a transition, the court event CASE_CONCLUDED, an approved 终本, a
 * bankruptcy court's acceptance), withdraws the case's reward notices still published (悬赏执行, 法释〔2017〕8号 arts.
 * 21-22: a notice asks the public for leads for the enforcement of the case; concluded, it has no enforcement to
 * serve), each with a REWARD_NOTICE_WITHDRAWN step in the conclusion's transaction. A resumed 终本 case does not
 * bring them back: the applicant applies for a new notice.
 */
final class ConclusionEffects {

    static final Set<ConclusionType> RELEASE_FREEZES = EnumSet.of(ConclusionType.FULL_PERFORMANCE,
            ConclusionType.SETTLEMENT_PERFORMED, ConclusionType.TERMINATION, ConclusionType.NON_ENFORCEMENT);

    /** The reason a conclusion gives the reward notices it withdraws. */
    static final String WITHDRAWN_ON_CONCLUSION = "案件已结案 case concluded";

    private ConclusionEffects() {
    }

    static boolean releasesFreezes(ConclusionType type) {
        return RELEASE_FREEZES.contains(type);
    }

    /**
     * The effects of a conclusion decided by its type, after the conclusion itself: one UNFREEZE_ORDERED step per
     * freeze in force when the type releases freezes, one REWARD_NOTICE_WITHDRAWN step per notice still published.
     */
    static CaseChange release(CaseChange change, EnforcementCase c, ConclusionType type, ConclusionContext context) {
        return follow(change, c, type, context.eventId(), releasesFreezes(type) ? context.freezes() : List.of(),
                context.notices(), context.now());
    }

    /**
     * The effects of a conclusion releasing every freeze in force whatever the conclusion type: a bankruptcy court's
     * acceptance (受理), which releases preservation by itself (企业破产法 art. 19) though a BANKRUPTCY_TRANSFER
     * conclusion does not; its published reward notices are withdrawn as on every conclusion.
     */
    static CaseChange releaseAll(CaseChange change, EnforcementCase c, ConclusionType type, String conclusionEventId,
            List<RegisteredFreeze> freezes, List<RewardNotice> notices, Instant now) {
        return follow(change, c, type, conclusionEventId, freezes, notices, now);
    }

    /** The one place a conclusion's effects are added, whichever path concluded the case. */
    private static CaseChange follow(CaseChange change, EnforcementCase c, ConclusionType type,
            String conclusionEventId, List<RegisteredFreeze> freezes, List<RewardNotice> notices, Instant now) {
        for (RegisteredFreeze f : freezes) {
            // amount null: the whole freeze is released, whatever the bank answered it holds; no officer or
            // document: the platform orders the release itself, on the conclusion (the event's requestId names it)
            AccountOrder order = new AccountOrder(respondentOf(c, f),
                    f.bankCode(), f.agencyId(), f.accountNumber(), null,
                    unfreezeRequestId(conclusionEventId, f.requestId()), f.requestId(), null, null);
            change.step("结案解冻 unfreeze ordered on conclusion (" + type + "): freeze " + f.requestId() + " holding "
                    + CaseChange.cny(f.held()), new CaseEventDetail.UnfreezeOrdered(order));
        }
        for (RewardNotice n : notices) {
            RewardRules.withdraw(change, n, WITHDRAWN_ON_CONCLUSION, now);
        }
        return change;
    }

    /**
     * The freeze's respondent; when the identifier was corrected since the freeze, the case's first respondent (a
     * conclusion is never refused for an old identifier: the freeze must still be released).
     */
    private static PartyRef respondentOf(EnforcementCase c, RegisteredFreeze f) {
        return c.respondents().stream().filter(p -> p.idNumber.equals(f.respondentIdNumber())).findFirst()
                .or(() -> c.respondents().stream().findFirst()).map(CaseMapper::toRef).orElseThrow();
    }

    /** Stable per (conclusion, freeze), so a replayed conclusion orders the same unfreeze. */
    static String unfreezeRequestId(String conclusionEventId, String freezeRequestId) {
        return "unfreeze-" + UUID.nameUUIDFromBytes((conclusionEventId + "|" + freezeRequestId)
                .getBytes(StandardCharsets.UTF_8));
    }
}
