package cn.lianxi.cases.service;

import cn.lianxi.cases.ClockKind;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.kit.time.PlatformClock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which clocks of the data cage (数据铁笼) a step of a case starts, stops or breaches: a pure rule, read from the
 * step's typed detail. Filing starts the case's own clocks (法发〔2006〕35号: concluded within six months, assets
 * investigated within one month, so the first measure comes earlier); every order to an agency starts a clock that
 * its first answer (or its cancellation) stops; a 报告财产令 starts the respondent's reporting clock against its own
 * deadline (法释〔2017〕8号), stopped by the report or by the judge's finding of a breach; a 拒执 lead starts the
 * police's decision clock (法发〔2025〕8号), stopped by their decision; a transfer to bankruptcy (执转破) starts the
 * receiving court's ruling clock, stopped by its refusal; a request to another court (事项委托) starts that court's
 * answering clock against the request's own date, stopped by its answer; a conclusion (an acceptance concludes the case) stops
 * every clock of the case, since nothing is awaited any more.
 */
public final class ClockRules {

    /** What a step does to a clock; {@code subject} null on a stop means every clock of that kind of the case. */
    public sealed interface Effect permits Start, Stop, StopAll, Breach {
    }

    /** {@code due}: the term the step itself sets (a 报告财产令's deadline), or null for the configured one. */
    public record Start(ClockKind kind, String subject, Instant due) implements Effect {
        public Start(ClockKind kind, String subject) {
            this(kind, subject, null);
        }
    }

    public record Stop(ClockKind kind, String subject) implements Effect {
    }

    /** The case concluded: every running clock stops. */
    public record StopAll() implements Effect {
    }

    /** An agency's deadline passed (liaison's ESCALATED outcome): {@code agency} was late on the order. */
    public record Breach(ClockKind kind, String subject, String agency) implements Effect {
    }

    /** The case's own clocks have no subject. */
    public static final String WHOLE_CASE = "";

    /** 公安 立案 or 不予立案: the decision the 拒执 clock waits for. */
    private static final Set<OutcomeType> POLICE_DECISION = EnumSet.of(OutcomeType.CASE_OPENED,
            OutcomeType.CASE_REFUSED);

    private ClockRules() {
    }

    /** The effects of a step the court (or the platform) took on the case. */
    public static List<Effect> of(CaseEventDetail detail) {
        if (detail instanceof CaseEventDetail.CaseFiled) {
            return List.of(new Start(ClockKind.FILING_TO_FIRST_MEASURE, WHOLE_CASE),
                    new Start(ClockKind.FILING_TO_CONCLUSION, WHOLE_CASE));
        }
        if (detail instanceof CaseEventDetail.AssetInquiryRequested inquiry) {
            return Boolean.TRUE.equals(inquiry.scheduled())
                    ? List.of(new Start(ClockKind.MEASURE_TO_ANSWER, inquiry.requestId()))
                    : List.of(firstMeasure(), new Start(ClockKind.MEASURE_TO_ANSWER, inquiry.requestId()));
        }
        if (detail instanceof CaseEventDetail.MeasureOrdered measure) {
            return List.of(firstMeasure(), new Start(ClockKind.MEASURE_TO_ANSWER, measure.order().requestId()));
        }
        if (detail instanceof CaseEventDetail.ExitBanOrdered ban) {
            return List.of(firstMeasure(), new Start(ClockKind.MEASURE_TO_ANSWER, ban.requestId()));
        }
        if (detail instanceof CaseEventDetail.ExitBanLiftingOrdered lifting) {
            return List.of(new Start(ClockKind.MEASURE_TO_ANSWER, lifting.requestId()));
        }
        if (detail instanceof CaseEventDetail.AuctionHandoffOrdered handoff) {
            return List.of(firstMeasure(), new Start(ClockKind.MEASURE_TO_ANSWER, handoff.requestId()));
        }
        if (detail instanceof CaseEventDetail.MeasureCancelled cancelled) {
            return List.of(new Stop(ClockKind.MEASURE_TO_ANSWER, cancelled.requestId()));
        }
        if (detail instanceof CaseEventDetail.ConsumptionRestrictionOrdered) {
            return List.of(firstMeasure());
        }
        if (detail instanceof CaseEventDetail.PropertyReportOrdered order) {
            return List.of(firstMeasure(),
                    new Start(ClockKind.PROPERTY_REPORT, order.orderId().toString(), order.due()));
        }
        if (detail instanceof CaseEventDetail.PropertyReported report) {
            return List.of(new Stop(ClockKind.PROPERTY_REPORT, report.orderId().toString()));
        }
        if (detail instanceof CaseEventDetail.PropertyReportBreached breach) {
            return List.of(new Stop(ClockKind.PROPERTY_REPORT, breach.orderId().toString()));
        }
        if (detail instanceof CaseEventDetail.RefusalReported) {
            return List.of(new Start(ClockKind.REFUSAL_TO_POLICE_DECISION, WHOLE_CASE));
        }
        if (detail instanceof CaseEventDetail.BankruptcyTransferDecided transfer) {
            return List.of(new Start(ClockKind.BANKRUPTCY_RULING, transfer.transferId().toString()));
        }
        if (detail instanceof CaseEventDetail.BankruptcyPetitionRefused refused) {
            return List.of(new Stop(ClockKind.BANKRUPTCY_RULING, refused.ruling().transferId().toString()));
        }
        if (detail instanceof CaseEventDetail.CourtRequestSent sent) {
            return List.of(new Start(ClockKind.COURT_REQUEST_TO_ANSWER, sent.requestId().toString(),
                    sent.dueOn().plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant()));
        }
        if (detail instanceof CaseEventDetail.CourtRequestAnswered answered) {
            return List.of(new Stop(ClockKind.COURT_REQUEST_TO_ANSWER, answered.requestId().toString()));
        }
        if (detail instanceof CaseEventDetail.CaseConcluded) {
            return List.of(new StopAll());
        }
        return List.of();
    }

    /** The effects of an agency's outcome on the clocks of the order it concerns. */
    public static List<Effect> of(ReferralOutcome o) {
        boolean criminal = o.referralKind() == ReferralKind.CRIMINAL_REFERRAL;
        if (o.outcome() == OutcomeType.ESCALATED) {
            return criminal ? List.of(new Breach(ClockKind.REFUSAL_TO_POLICE_DECISION, WHOLE_CASE, o.agencyId()))
                    : o.requestId() == null ? List.of()
                    : List.of(new Breach(ClockKind.MEASURE_TO_ANSWER, o.requestId(), o.agencyId()));
        }
        if (criminal) {
            return POLICE_DECISION.contains(o.outcome())
                    ? List.of(new Stop(ClockKind.REFUSAL_TO_POLICE_DECISION, null)) : List.of();
        }
        return o.requestId() == null || !o.outcome().answersTheOrder() ? List.of()
                : List.of(new Stop(ClockKind.MEASURE_TO_ANSWER, o.requestId()));
    }

    private static Stop firstMeasure() {
        return new Stop(ClockKind.FILING_TO_FIRST_MEASURE, WHOLE_CASE);
    }
}
