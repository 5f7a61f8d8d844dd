package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.RewardLead;
import cn.lianxi.cases.RewardNotice;
import cn.lianxi.cases.RewardNoticeStatus;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.kit.problem.ProblemException;

class RewardRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");

    private static RewardNotice notice(RewardNoticeStatus status, Instant validUntil) {
        RewardNotice n = new RewardNotice();
        n.status = status;
        n.reward = new BigDecimal("5000.00");
        n.validUntil = validUntil;
        return n;
    }

    private static String field(Runnable rule) {
        return assertThrows(ProblemException.class, rule::run).field();
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 22: a notice runs for a period after its publication")
    void spc2017No8Art22_aNoticeRunsForAPeriodAfterPublication() {
        assertEquals("validUntil", field(() -> RewardRules.requireValidity(NOW, NOW)));
        assertDoesNotThrow(() -> RewardRules.requireValidity(NOW, NOW.plusSeconds(1)));
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 23: a lead is taken only on a notice in force: published, unexpired, case open")
    void spc2017No8Art23_aLeadOnlyOnANoticeInForce() {
        Instant later = NOW.plus(Duration.ofDays(30));
        assertDoesNotThrow(() -> RewardRules.requireOpen(notice(RewardNoticeStatus.PUBLISHED, later), false, NOW));
        assertThrows(ProblemException.class,
                () -> RewardRules.requireOpen(notice(RewardNoticeStatus.PUBLISHED, later), true, NOW));
        assertThrows(ProblemException.class,
                () -> RewardRules.requireOpen(notice(RewardNoticeStatus.WITHDRAWN, later), false, NOW));
        assertThrows(ProblemException.class,
                () -> RewardRules.requireOpen(notice(RewardNoticeStatus.PUBLISHED, NOW), false, NOW));
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 22: a withdrawal records its reason and time with a REWARD_NOTICE_WITHDRAWN step, "
            + "once")
    void spc2017No8Art22_aWithdrawalIsAStepAndHappensOnce() {
        RewardNotice n = notice(RewardNoticeStatus.PUBLISHED, NOW.plusSeconds(60));
        n.id = UUID.randomUUID();
        CaseChange change = RewardRules.withdraw(CaseChange.of(new EnforcementCase()), n,
                ConclusionEffects.WITHDRAWN_ON_CONCLUSION, NOW);
        assertEquals(RewardNoticeStatus.WITHDRAWN, n.status);
        assertEquals(NOW, n.withdrawnAt);
        assertEquals("案件已结案 case concluded", n.withdrawalReason);
        assertEquals(new CaseEventDetail.RewardNoticeWithdrawn(n.id, "案件已结案 case concluded"),
                ((CaseChange.Step) change.entries().get(0)).detail());
        assertThrows(ProblemException.class, () -> RewardRules.withdraw(change, n, "again", NOW));
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 24: a reward only for a useful lead, at most the notice's, a lead assessed once")
    void spc2017No8Art24_aRewardOnlyForAUsefulLeadAtMostTheNotices() {
        RewardNotice n = notice(RewardNoticeStatus.PUBLISHED, NOW.plusSeconds(60));
        assertEquals(new BigDecimal("5000.00"), RewardRules.assess(n, new RewardLead(), true,
                new BigDecimal("5000")));
        assertNull(RewardRules.assess(n, new RewardLead(), false, null));
        assertEquals("rewardPaid", field(() -> RewardRules.assess(n, new RewardLead(), false, new BigDecimal("1.00"))));
        assertEquals("rewardPaid", field(() -> RewardRules.assess(n, new RewardLead(), true,
                new BigDecimal("5000.01"))));
        RewardLead assessed = new RewardLead();
        assessed.assessedAt = NOW;
        assertThrows(ProblemException.class, () -> RewardRules.assess(n, assessed, true, null));
    }
}
