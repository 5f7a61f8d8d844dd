package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The assessment indicators (考核指标) per court and month (UTC calendar months), and the agencies' answers to the
 * courts' measures; the formulas are {@link AssessmentRules}' (docs/assessment.md). Rates are decimals 0..1, four
 * places, null when the denominator is 0.
 */
public record AssessmentView(YearMonth from, YearMonth to, List<CourtMonth> months, List<AgencyMonth> measures) {

    /**
     * One court's month.
     *
     * @param filed                 新收: cases whose filing date is in the month
     * @param caseload              收案: open at the month's start (旧存) + {@code filed} + resumed in the month
     *                              (恢复执行)
     * @param concluded             结案: conclusions in the month
     * @param concludedRate         结案率 = concluded / caseload
     * @param averageDaysToConclude 平均结案用时 = Σ (conclusion day − filing day) / concluded, one place
     * @param owed                  申请执行标的: amounts owed of the cases concluded in the month
     * @param recovered             执行到位: amounts recovered of those cases
     * @param recoveryRate          执行到位率 = recovered / owed
     * @param terminalConclusions   终本: conclusions by TERMINATION_OF_THIS_ROUND in the month
     * @param terminalShare         终本率 = terminalConclusions / concluded
     * @param terminalResumed       of those 终本 conclusions, the ones resumed since (恢复执行)
     * @param resumedShare          终本恢复率 = terminalResumed / terminalConclusions
     */
    public record CourtMonth(String courtCode, YearMonth month, long filed, long caseload, long concluded,
            BigDecimal concludedRate, BigDecimal averageDaysToConclude, BigDecimal owed, BigDecimal recovered,
            BigDecimal recoveryRate, long terminalConclusions, BigDecimal terminalShare, long terminalResumed,
            BigDecimal resumedShare) {
    }

    /**
     * One agency's answers to one court's measures (执行措施: inquiries, freezes, deductions, exit bans, auctions…) in
     * a month.
     *
     * @param answered               the measures the agency answered in the month (first answer of each referral)
     * @param answeredWithinDeadline those answered before their deadline passed: no escalation (ESCALATED, the breach
     *                               of the MEASURE_TO_ANSWER clock) before the answer
     * @param withinDeadlineRate     按期答复率 = answeredWithinDeadline / answered
     */
    public record AgencyMonth(String courtCode, YearMonth month, String agencyId, long answered,
            long answeredWithinDeadline, BigDecimal withinDeadlineRate) {
    }
}
