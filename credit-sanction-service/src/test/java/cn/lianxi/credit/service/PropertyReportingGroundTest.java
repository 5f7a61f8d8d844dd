package cn.lianxi.credit.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/** 法释〔2017〕7号 art. 1(4): the ground for breaking the property-reporting duty rests on a breach the judge found. */
class PropertyReportingGroundTest {

    @Test
    @DisplayName("法释〔2017〕7号 art. 1(4), 法释〔2017〕8号 art. 9: ground (4) needs a breach on record")
    void spc2017Art1Item4_groundFourNeedsABreachOnRecord() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ListingRules.requireReportingBreach(ListingGround.BREACH_OF_PROPERTY_REPORTING, false));
        assertEquals(ProblemType.NO_REPORTING_BREACH, e.type());
        assertDoesNotThrow(() -> ListingRules.requireReportingBreach(ListingGround.BREACH_OF_PROPERTY_REPORTING, true));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 1: the other grounds do not ask for a reporting breach")
    void spc2017Art1_otherGroundsDoNotAskForAReportingBreach() {
        for (ListingGround ground : EnumSet.complementOf(EnumSet.of(ListingGround.BREACH_OF_PROPERTY_REPORTING))) {
            assertDoesNotThrow(() -> ListingRules.requireReportingBreach(ground, false), ground.name());
        }
    }
}
