package cn.lianxi.cases.service;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventDetail.AccountOrder;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * Enforcement measures (查询 / 冻结 / 解冻 / 扣划), payments and 拒执 leads. A measure on a case that has not reached
 * its stage moves it forward first (an asset inquiry starts the investigation, a freeze or deduction the measures).
 */
final class MeasureRules {

    private MeasureRules() {
    }

    static CaseChange assetInquiry(EnforcementCase c, CourtCaseEvent.AssetInquiryRequested e) {
        CaseTransitions.requireActive(c, "take an asset inquiry");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        return startStage(c, CaseStatus.INVESTIGATING, e).step("财产查询 asset inquiry requested",
                new CaseEventDetail.AssetInquiryRequested(CaseMapper.toRef(respondent), e.eventId(), e.officer()));
    }

    /** 冻结 and 扣划 need an active case; 解冻 is allowed in every status: a concluded case must release its freezes. */
    static CaseChange bankMeasure(EnforcementCase c, CourtCaseEvent.AccountMeasure e) {
        if (e.bankCode() == null && e.agencyId() == null) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "bankCode",
                    "bankCode (or agencyId for another agency) is required");
        }
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        AccountOrder order = new AccountOrder(CaseMapper.toRef(respondent), e.bankCode(), e.agencyId(),
                e.accountNumber(), Money.cny(e.amount()), ((CourtCaseEvent) e).eventId());
        String amount = e.amount() == null ? "" : ": " + CaseChange.cny(e.amount());
        if (e instanceof CourtCaseEvent.UnfreezeOrdered) {
            return CaseChange.of(c).step("解冻 unfreeze ordered" + amount, new CaseEventDetail.UnfreezeOrdered(order));
        }
        CaseTransitions.requireActive(c, "take this measure");
        CaseChange change = startStage(c, CaseStatus.MEASURES_UNDER_WAY, (CourtCaseEvent) e);
        return e instanceof CourtCaseEvent.FreezeOrdered
                ? change.step("冻结 freeze ordered" + amount, new CaseEventDetail.FreezeOrdered(order))
                : change.step("扣划 deduction ordered" + amount, new CaseEventDetail.DeductionOrdered(order));
    }

    static CaseChange payment(EnforcementCase c, CourtCaseEvent.PaymentReceived e) {
        CaseTransitions.requireOpen(c, "receive payments");
        CaseChange change = CaseChange.of(c).step(
                "执行款到位 payment received: " + CaseChange.cny(e.amount()) + " (" + e.source() + ")",
                new CaseEventDetail.PaymentReceived(Money.cny(e.amount()), e.source()));
        change.recover(e.amount(), e.source().name());
        return change;
    }

    static CaseChange refusal(EnforcementCase c, CourtCaseEvent.RefusalReported e) {
        CaseTransitions.requireOpen(c, "take a refusal report");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        return CaseChange.of(c).step("拒执线索 refusal to comply reported",
                new CaseEventDetail.RefusalReported(CaseMapper.toRef(respondent), e.evidenceSummary(), e.officer()));
    }

    private static CaseChange startStage(EnforcementCase c, CaseStatus stage, CourtCaseEvent e) {
        CaseChange change = CaseChange.of(c);
        return CaseTransitions.canAdvance(c, stage)
                ? StatusRules.advance(change, c, stage, "started by " + e.kind()) : change;
    }
}
