package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.ClockKind;
import cn.lianxi.cases.service.ClockRules.Breach;
import cn.lianxi.cases.service.ClockRules.Start;
import cn.lianxi.cases.service.ClockRules.Stop;
import cn.lianxi.cases.service.ClockRules.StopAll;
import cn.lianxi.contracts.BasisType;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.CourtRequestOutcome;
import cn.lianxi.contracts.CourtRequestStep;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;

/** Which clocks of the data cage (数据铁笼) each step starts, stops or breaches. */
class ClockRulesTest {

    static final String ORDER = "EV-freeze-1";

    static ReferralOutcome outcome(ReferralKind kind, OutcomeType type, String requestId) {
        return new ReferralOutcome(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "C320500", "BANK-ICBC",
                kind, type, Instant.now(), null, null, null, null, requestId, null);
    }

    static CaseEventDetail.FreezeOrdered freeze() {
        return new CaseEventDetail.FreezeOrdered(new CaseEventDetail.AccountOrder(null, "ICBC", null, "6222",
                new BigDecimal("10.00"), ORDER, null, null, null));
    }

    @Test
    @DisplayName("法发〔2006〕35号 arts. 1 and 7: filing starts the first-measure and the conclusion clocks of the whole case")
    void filingStartsTheCasesOwnClocks() {
        assertEquals(List.of(new Start(ClockKind.FILING_TO_FIRST_MEASURE, ""),
                new Start(ClockKind.FILING_TO_CONCLUSION, "")),
                ClockRules.of(new CaseEventDetail.CaseFiled(LocalDate.of(2026, 1, 5), BasisType.JUDGMENT)));
    }

    @Test
    @DisplayName("an order is the first measure and starts its own answer clock; a scheduled 终本 search is no measure")
    void anOrderStopsTheFirstMeasureClockAndStartsItsAnswerClock() {
        assertEquals(List.of(new Stop(ClockKind.FILING_TO_FIRST_MEASURE, ""),
                new Start(ClockKind.MEASURE_TO_ANSWER, ORDER)), ClockRules.of(freeze()));
        assertEquals(List.of(new Start(ClockKind.MEASURE_TO_ANSWER, "s-1")), ClockRules.of(
                new CaseEventDetail.AssetInquiryRequested(null, "s-1", null, null, true)));
        assertEquals(List.of(new StopAll()), ClockRules.of(
                new CaseEventDetail.CaseConcluded(ConclusionType.FULL_PERFORMANCE, null)));
    }

    @Test
    @DisplayName("法释〔2017〕8号: a 报告财产令 runs against its own deadline until the report or the breach found")
    void aPropertyReportOrderRunsAgainstItsOwnDeadline() {
        UUID order = UUID.randomUUID();
        Instant due = Instant.parse("2026-12-13T16:00:00Z");
        assertEquals(List.of(new Stop(ClockKind.FILING_TO_FIRST_MEASURE, ""),
                new Start(ClockKind.PROPERTY_REPORT, order.toString(), due)),
                ClockRules.of(new CaseEventDetail.PropertyReportOrdered(order, null, due, null)));
        assertEquals(List.of(new Stop(ClockKind.PROPERTY_REPORT, order.toString())), ClockRules.of(
                new CaseEventDetail.PropertyReported(order, null, new BigDecimal("0.00"), 0, 0, true)));
        assertEquals(List.of(new Stop(ClockKind.MEASURE_TO_ANSWER, ORDER)), ClockRules.of(
                new CaseEventDetail.MeasureCancelled(ORDER, ReferralKind.FREEZE, "撤销", "judge-zy", "judge-zy2")));
    }

    @Test
    @DisplayName("an escalation breaches the order's clock naming the agency; an answer stops it; a warning does not")
    void escalationBreachesAndAnAnswerStops() {
        assertEquals(List.of(new Breach(ClockKind.MEASURE_TO_ANSWER, ORDER, "BANK-ICBC")),
                ClockRules.of(outcome(ReferralKind.FREEZE, OutcomeType.ESCALATED, ORDER)));
        assertEquals(List.of(new Stop(ClockKind.MEASURE_TO_ANSWER, ORDER)),
                ClockRules.of(outcome(ReferralKind.FREEZE, OutcomeType.FROZEN, ORDER)));
        assertEquals(List.of(), ClockRules.of(outcome(ReferralKind.FREEZE, OutcomeType.FREEZE_EXPIRING, ORDER)));
        assertEquals(List.of(), ClockRules.of(outcome(ReferralKind.FREEZE, OutcomeType.FROZEN, null)));
    }

    @Test
    @DisplayName("法发〔2025〕8号: the police's decision stops the 拒执 clock; the lead's transfer does not")
    void thePoliceDecisionStopsTheRefusalClock() {
        assertEquals(List.of(new Stop(ClockKind.REFUSAL_TO_POLICE_DECISION, null)),
                ClockRules.of(outcome(ReferralKind.CRIMINAL_REFERRAL, OutcomeType.CASE_REFUSED, null)));
        assertEquals(List.of(), ClockRules.of(outcome(ReferralKind.CRIMINAL_REFERRAL,
                OutcomeType.REFERRED_TO_POLICE, null)));
        assertEquals(List.of(new Breach(ClockKind.REFUSAL_TO_POLICE_DECISION, "", "BANK-ICBC")),
                ClockRules.of(outcome(ReferralKind.CRIMINAL_REFERRAL, OutcomeType.ESCALATED, null)));
    }

    @Test
    @DisplayName("事项委托 (民事诉讼法 (2017 text) art. 229): a request starts the receiving court's answering clock, due at "
            + "the end of its day in China time, and the answer stops it")
    void civilProcedureLaw2017Art229_aRequestBetweenCourtsIsTimedToTheEndOfItsDay() {
        UUID request = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 12, 10);
        assertEquals(List.of(new Start(ClockKind.COURT_REQUEST_TO_ANSWER, request.toString(),
                Instant.parse("2026-12-10T16:00:00Z"))), ClockRules.of(new CaseEventDetail.CourtRequestSent(request,
                        "C320500", "C320508", CourtRequestStep.SEIZE, "查封房产", due, null)));
        assertEquals(List.of(new Stop(ClockKind.COURT_REQUEST_TO_ANSWER, request.toString())),
                ClockRules.of(new CaseEventDetail.CourtRequestAnswered(request, "C320500", "C320508",
                        CourtRequestStep.SEIZE, CourtRequestOutcome.NOT_POSSIBLE, "无此房产", List.of(), null)));
    }
}
