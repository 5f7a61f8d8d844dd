package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.PropertyReportOrder;
import cn.lianxi.cases.PropertyReportStatus;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.PropertyReportBreach;
import cn.lianxi.kit.problem.ProblemException;

class PropertyReportRulesTest {

    private static final Instant ORDERED = Instant.parse("2026-11-02T02:00:00Z");
    private static final Instant DUE = ORDERED.plus(Duration.ofDays(10));

    private static PropertyReportOrder order(PropertyReportStatus status) {
        PropertyReportOrder o = new PropertyReportOrder();
        o.status = status;
        o.orderedAt = ORDERED;
        o.due = DUE;
        return o;
    }

    private static ProblemType refusal(Runnable rule) {
        return assertThrows(ProblemException.class, rule::run).type();
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 4 item (1): the judge's deadline, after the order, or the configured one")
    void spc2017No8Art4_theDeadlineIsTheJudgesOrTheDefault() {
        Instant byDefault = ORDERED.plus(Duration.ofDays(10));
        assertEquals(byDefault, PropertyReportRules.due(ORDERED, null, byDefault));
        Instant named = ORDERED.plus(Duration.ofDays(5));
        assertEquals(named, PropertyReportRules.due(ORDERED, named, byDefault));
        assertEquals(ProblemType.INVALID_FIELD, refusal(() -> PropertyReportRules.due(ORDERED, ORDERED, byDefault)));
    }

    @Test
    @DisplayName("法释〔2017〕8号 arts. 5, 9: one report per order; after the deadline it is late")
    void spc2017No8Arts5And9_oneReportPerOrderLateAfterTheDeadline() {
        assertFalse(PropertyReportRules.acceptReport(order(PropertyReportStatus.ORDERED), DUE));
        assertTrue(PropertyReportRules.acceptReport(order(PropertyReportStatus.ORDERED), DUE.plusSeconds(1)));
        assertEquals(ProblemType.PROPERTY_REPORT_CLOSED,
                refusal(() -> PropertyReportRules.acceptReport(order(PropertyReportStatus.REPORTED), DUE)));
        assertEquals(ProblemType.PROPERTY_REPORT_CLOSED,
                refusal(() -> PropertyReportRules.acceptReport(order(PropertyReportStatus.BREACHED), DUE)));
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 9: no report is a breach only after the deadline, a false report needs a report")
    void spc2017No8Art9_whichBreachEachOrderAdmits() {
        PropertyReportBreach none = PropertyReportBreach.NOT_REPORTED_BY_DEADLINE;
        PropertyReportBreach falseReport = PropertyReportBreach.FALSE_REPORT;
        assertEquals(ProblemType.PROPERTY_REPORT_OPEN,
                refusal(() -> PropertyReportRules.requireBreach(order(PropertyReportStatus.ORDERED), none, DUE)));
        assertDoesNotThrow(() -> PropertyReportRules.requireBreach(order(PropertyReportStatus.ORDERED), none,
                DUE.plusSeconds(1)));
        assertEquals(ProblemType.PROPERTY_REPORT_CLOSED, refusal(() -> PropertyReportRules
                .requireBreach(order(PropertyReportStatus.REPORTED), none, DUE.plusSeconds(1))));
        assertEquals(ProblemType.PROPERTY_REPORT_CLOSED, refusal(() -> PropertyReportRules
                .requireBreach(order(PropertyReportStatus.ORDERED), falseReport, DUE.plusSeconds(1))));
        assertDoesNotThrow(() -> PropertyReportRules.requireBreach(order(PropertyReportStatus.REPORTED), falseReport,
                DUE));
        assertEquals(ProblemType.PROPERTY_REPORT_CLOSED, refusal(() -> PropertyReportRules
                .requireBreach(order(PropertyReportStatus.BREACHED), falseReport, DUE)));
    }

    @Test
    @DisplayName("法释〔2017〕8号 art. 5: the declared value is the assets' sum in CNY with two decimals")
    void spc2017No8Art5_theDeclaredValueIsTheSum() {
        assertEquals(new BigDecimal("0.00"), PropertyReportRules.declaredValue(List.of()));
        assertEquals(new BigDecimal("1500.50"), PropertyReportRules.declaredValue(
                List.of(new BigDecimal("1200.50"), new BigDecimal("300.00"))));
    }
}
