package cn.lianxi.cases.service;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.CaseStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.CourtCaseEvent;

/**
 * Enforcement measures (查询 / 冻结 / 解冻 / 扣划), payments and 拒执 leads. A measure on a case that has not reached
 * its stage moves it forward first (an asset inquiry starts the investigation, a freeze or deduction the measures).
 */
final class MeasureRules {

    private MeasureRules() {
    }

    static CaseChange assetInquiry(EnforcementCase c, CourtCaseEvent e) {
        CaseTransitions.requireActive(c, "take an asset inquiry");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        CaseChange change = startStage(c, CaseStatus.INVESTIGATING, e);
        return change.step(CaseEventKind.ASSET_INQUIRY_REQUESTED, "财产查询 asset inquiry requested",
                respondent(respondent).put("requestId", e.eventId()).put("officer", e.officer()).map());
    }

    static CaseChange bankMeasure(EnforcementCase c, CourtCaseEvent e, CaseEventKind kind, String summary) {
        CaseTransitions.requireActive(c, "take this measure");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        CaseChange change = startStage(c, CaseStatus.MEASURES_UNDER_WAY, e);
        return change.step(kind, summary + ": " + Amounts.cny(e.amount()) + " CNY",
                account(e, respondent).put("amount", e.amount()).map());
    }

    /** 解冻 is allowed in every status: a concluded case must release what it froze. */
    static CaseChange unfreeze(EnforcementCase c, CourtCaseEvent e) {
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        return CaseChange.of(c).step(CaseEventKind.UNFREEZE_ORDERED, "解冻 unfreeze ordered",
                account(e, respondent).put("amount", e.amount()).map());
    }

    static CaseChange payment(EnforcementCase c, CourtCaseEvent e) {
        CaseTransitions.requireOpen(c, "receive payments");
        boolean ready = c.amountRecovered.add(e.amount()).compareTo(c.amountOwed) >= 0;
        CaseChange change = CaseChange.of(c).step(CaseEventKind.PAYMENT_RECEIVED, "执行款到位 payment received: "
                + Amounts.cny(e.amount()) + " CNY (" + e.source() + ")",
                Details.of().put("amount", e.amount()).put("source", e.source()).put("readyToConclude", ready).map());
        change.recover(e.amount(), e.source());
        return change;
    }

    static CaseChange refusal(EnforcementCase c, CourtCaseEvent e) {
        CaseTransitions.requireOpen(c, "take a refusal report");
        CaseParty respondent = Respondents.resolve(c, e.respondentIdNumber());
        return CaseChange.of(c).step(CaseEventKind.REFUSAL_REPORTED, "拒执线索 refusal to comply reported",
                respondent(respondent).put("evidenceSummary", e.evidenceSummary()).put("officer", e.officer()).map());
    }

    private static CaseChange startStage(EnforcementCase c, CaseStatus stage, CourtCaseEvent e) {
        CaseChange change = CaseChange.of(c);
        return CaseTransitions.canAdvance(c, stage)
                ? StatusRules.advance(change, c, stage, "started by " + e.kind()) : change;
    }

    private static Details account(CourtCaseEvent e, CaseParty respondent) {
        return respondent(respondent).put("bankCode", e.bankCode()).put("agencyId", e.agencyId())
                .put("accountNumber", e.accountNumber()).put("requestId", e.eventId());
    }

    static Details respondent(CaseParty p) {
        return Details.of().put("respondentIdNumber", p.idNumber).put("respondentName", p.name)
                .put("respondentType", p.type);
    }
}
