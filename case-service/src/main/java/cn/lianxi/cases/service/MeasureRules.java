package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.Instant;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventDetail.AccountOrder;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.SelfPerformance;
import cn.lianxi.kit.problem.ProblemException;

/**
 * Enforcement measures (查询 / 冻结 / 续冻 / 解冻 / 扣划), payments and 拒执 leads. A measure on a case that has not
 * reached its stage moves it forward first (an asset inquiry starts the investigation, a freeze or deduction the
 * measures). Bank orders are checked against the case ({@link OrderChecks}) before they go out.
 */
final class MeasureRules {

    private MeasureRules() {
    }

    static CaseChange assetInquiry(EnforcementCase c, CourtCaseEvent.AssetInquiryRequested e) {
        CaseTransitions.requireActive(c, "take an asset inquiry");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        return startStage(c, CaseStatus.INVESTIGATING, e).step("财产查询 asset inquiry requested",
                new CaseEventDetail.AssetInquiryRequested(CaseMapper.toRef(respondent), e.eventId(), e.orderedBy(),
                        e.legalBasis()));
    }

    /**
     * 冻结 and 扣划 need an active case; 解冻 is allowed in every status: a concluded case must release its freezes.
     * An unfreeze or deduction is linked to the freeze it names, or to the case's freeze of the same account. A
     * freeze or deduction ordered {@code at} an instant before the performance notice's deadline waits for the debtor
     * to perform unless its ruling states urgency ({@link SelfPerformance#measureMustWait}; 民事诉讼法 art. 251).
     */
    static CaseChange bankMeasure(EnforcementCase c, CourtCaseEvent.AccountMeasure e, OrderFacts facts, Instant at) {
        if (e.bankCode() == null && e.agencyId() == null) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "bankCode",
                    "bankCode (or agencyId for another agency) is required");
        }
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        boolean unfreeze = e instanceof CourtCaseEvent.UnfreezeOrdered;
        if (!unfreeze) {
            CaseTransitions.requireActive(c, "take this measure");
        }
        ReferralKind kind = unfreeze ? ReferralKind.UNFREEZE
                : e instanceof CourtCaseEvent.FreezeOrdered ? ReferralKind.FREEZE : ReferralKind.DEDUCTION;
        if (!unfreeze && SelfPerformance.measureMustWait(c.performanceDue, at, e.legalBasis())) {
            throw new ProblemException(ProblemType.PERFORMANCE_NOTICE_RUNNING, "the performance notice (执行通知书)"
                    + " runs until " + c.performanceDue + ": the debtor may still perform by itself; a measure before"
                    + " then needs its ruling to state the urgency (民事诉讼法 art. 251)", "legalBasis.urgency");
        }
        OrderChecks.agency(kind, e.bankCode(), e.agencyId(), facts.agency());
        String freezeRequestId = null;
        if (kind == ReferralKind.FREEZE) {
            OrderChecks.freezeWithinDebt(c, e.amount(), facts.freezes(), facts.allowance());
        } else {
            if (kind == ReferralKind.DEDUCTION) {
                OrderChecks.deductionWithinDebt(c, e.amount());
            }
            RegisteredFreeze linked = OrderChecks.linkedFreeze(e.freezeRequestId(), e.bankCode(), e.agencyId(),
                    e.accountNumber(), facts.freezes());
            freezeRequestId = linked == null ? null : linked.requestId();
        }
        AccountOrder order = new AccountOrder(CaseMapper.toRef(respondent), e.bankCode(), e.agencyId(),
                e.accountNumber(), Money.cny(e.amount()), ((CourtCaseEvent) e).eventId(), freezeRequestId,
                e.orderedBy(), e.legalBasis());
        String amount = (e.amount() == null ? "" : ": " + CaseChange.cny(e.amount()))
                + (freezeRequestId == null ? "" : " (freeze " + freezeRequestId + ")");
        if (unfreeze) {
            return CaseChange.of(c).step("解冻 unfreeze ordered" + amount, new CaseEventDetail.UnfreezeOrdered(order));
        }
        CaseChange change = startStage(c, CaseStatus.MEASURES_UNDER_WAY, (CourtCaseEvent) e);
        return kind == ReferralKind.FREEZE
                ? change.step("冻结 freeze ordered" + amount, new CaseEventDetail.FreezeOrdered(order))
                : change.step("扣划 deduction ordered" + amount, new CaseEventDetail.DeductionOrdered(order));
    }

    /**
     * 续冻: extends a freeze of the case that the bank answered as frozen, at its bank and account, for what it holds
     * (or less). Allowed unless the case is finally concluded: a 终本 or suspended case keeps its freezes alive.
     */
    static CaseChange renewal(EnforcementCase c, CourtCaseEvent.FreezeRenewalOrdered e, OrderFacts facts) {
        CaseTransitions.requireOpen(c, "renew a freeze");
        RegisteredFreeze f = OrderChecks.renewable(e.freezeRequestId(), e.amount(), facts.freezes());
        OrderChecks.agency(ReferralKind.FREEZE_RENEWAL, f.bankCode(), f.agencyId(), facts.agency());
        CaseParty respondent = Respondents.resolve(c, f.respondentIdNumber());
        BigDecimal amount = Money.cny(e.amount() != null ? e.amount() : f.held());
        AccountOrder order = new AccountOrder(CaseMapper.toRef(respondent), f.bankCode(), f.agencyId(),
                f.accountNumber(), amount, e.eventId(), f.requestId(), e.orderedBy(), e.legalBasis());
        return CaseChange.of(c).step("续冻 freeze renewal ordered: " + CaseChange.cny(amount) + " (freeze "
                + f.requestId() + (f.frozenUntil() == null ? "" : ", frozen until " + f.frozenUntil()) + ")",
                new CaseEventDetail.FreezeRenewalOrdered(order));
    }

    /** 执行款到位: a receipt for the case's ledger, which counts its transfer reference once. */
    static CaseChange payment(EnforcementCase c, CourtCaseEvent.PaymentReceived e) {
        CaseTransitions.requireOpen(c, "receive payments");
        CaseChange change = CaseChange.of(c).step(
                "执行款到位 payment received: " + CaseChange.cny(e.amount()) + " (" + e.source() + ", transfer "
                        + e.transferReference() + ")",
                new CaseEventDetail.PaymentReceived(Money.cny(e.amount()), e.source(), e.transferReference()));
        change.receive(new CaseChange.Receipt(Money.cny(e.amount()), e.source().name(), e.transferReference(),
                false, null));
        return change;
    }

    static CaseChange refusal(EnforcementCase c, CourtCaseEvent.RefusalReported e) {
        CaseTransitions.requireOpen(c, "take a refusal report");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        return CaseChange.of(c).step("拒执线索 refusal to comply reported",
                new CaseEventDetail.RefusalReported(CaseMapper.toRef(respondent), e.evidenceSummary(), e.orderedBy(),
                        e.legalBasis()));
    }

    private static CaseChange startStage(EnforcementCase c, CaseStatus stage, CourtCaseEvent e) {
        CaseChange change = CaseChange.of(c);
        return CaseTransitions.canAdvance(c, stage)
                ? StatusRules.advance(change, c, stage, "started by " + e.kind()) : change;
    }
}
