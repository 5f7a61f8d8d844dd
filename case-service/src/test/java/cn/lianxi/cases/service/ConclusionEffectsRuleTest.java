package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ConclusionType;

/** Which conclusion types release the case's freezes (the rule and its reasons: {@link ConclusionEffects}). */
class ConclusionEffectsRuleTest {

    @Test
    @DisplayName("执行完毕, 和解履行完毕, 终结执行 and 不予执行 release freezes; 终本 (法〔2016〕373号 art. 9: may be "
            + "resumed) and 执转破 (企业破产法 art. 19: the bankruptcy court decides) keep them")
    void whichConclusionsReleaseFreezes() {
        EnumSet<ConclusionType> releasing = EnumSet.noneOf(ConclusionType.class);
        for (ConclusionType t : ConclusionType.values()) {
            if (ConclusionEffects.releasesFreezes(t)) {
                releasing.add(t);
            }
        }
        assertEquals(EnumSet.of(ConclusionType.FULL_PERFORMANCE, ConclusionType.SETTLEMENT_PERFORMED,
                ConclusionType.TERMINATION, ConclusionType.NON_ENFORCEMENT), releasing);
    }

    @Test
    @DisplayName("an unfreeze on conclusion has a stable request id per conclusion and freeze")
    void unfreezeRequestIdsAreStable() {
        assertEquals(ConclusionEffects.unfreezeRequestId("EV-1", "F-1"), ConclusionEffects.unfreezeRequestId("EV-1", "F-1"));
        assertNotEquals(ConclusionEffects.unfreezeRequestId("EV-1", "F-1"),
                ConclusionEffects.unfreezeRequestId("EV-1", "F-2"));
    }
}
