package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;

/**
 * The formulas of the assessment indicators (考核指标) of a court and month, written out in docs/assessment.md. A
 * rate is a decimal from 0 to 1 with four places (half up), null when its denominator is 0; an average day count
 * has one place.
 */
public final class AssessmentRules {

    /** Places of a rate. */
    public static final int RATE_SCALE = 4;
    /** Places of an average day count. */
    public static final int DAYS_SCALE = 1;

    /** The 拒执 chain (lead, filing supervision, prosecution): timed by its own clock, not a measure. */
    private static final Set<ReferralKind> NOT_MEASURES = EnumSet.of(ReferralKind.CRIMINAL_REFERRAL,
            ReferralKind.FILING_SUPERVISION, ReferralKind.PROSECUTION_REVIEW);

    /** Outcomes that close an order without the agency answering it: withdrawn, expired, never routed. */
    private static final Set<OutcomeType> NOT_THE_AGENCYS_ANSWER = EnumSet.of(OutcomeType.CANCELLED,
            OutcomeType.EXPIRED, OutcomeType.UNROUTABLE);

    private AssessmentRules() {
    }

    /**
     * The referrals that are the court's measures (执行措施), each timed by a MEASURE_TO_ANSWER clock: every kind but
     * the 拒执 chain.
     */
    public static List<ReferralKind> measureKinds() {
        return Arrays.stream(ReferralKind.values()).filter(k -> !NOT_MEASURES.contains(k)).toList();
    }

    /**
     * The outcomes that are the agency's answer to a measure: those that answer the order
     * ({@link OutcomeType#answersTheOrder}) except the ones nobody at the agency gave.
     */
    public static List<OutcomeType> agencyAnswers() {
        return Arrays.stream(OutcomeType.values())
                .filter(o -> o.answersTheOrder() && !NOT_THE_AGENCYS_ANSWER.contains(o)).toList();
    }

    /**
     * 收案数: the cases the court had to deal with in the month, open at its start (旧存), filed in it (新收) and
     * resumed in it (恢复执行, a 终本 case returning).
     */
    public static long caseload(long openAtStart, long filed, long resumed) {
        return openAtStart + filed + resumed;
    }

    /** 结案率 = conclusions in the month / {@link #caseload}. */
    public static BigDecimal concludedRate(long concluded, long caseload) {
        return rate(concluded, caseload);
    }

    /** 平均结案用时 = the days from filing to conclusion, summed over the month's conclusions, / conclusions. */
    public static BigDecimal averageDaysToConclude(long totalDays, long concluded) {
        return concluded == 0 ? null
                : BigDecimal.valueOf(totalDays).divide(BigDecimal.valueOf(concluded), DAYS_SCALE, RoundingMode.HALF_UP);
    }

    /** 执行到位率 = recovered / owed, both summed over the cases concluded in the month. */
    public static BigDecimal recoveryRate(BigDecimal recovered, BigDecimal owed) {
        return owed.signum() == 0 ? null : recovered.divide(owed, RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** 终本率 = conclusions by 终本 (TERMINATION_OF_THIS_ROUND) in the month / conclusions in the month. */
    public static BigDecimal terminalShare(long terminalConclusions, long concluded) {
        return rate(terminalConclusions, concluded);
    }

    /** 终本恢复率 = the month's 终本 conclusions resumed since (恢复执行) / the month's 终本 conclusions. */
    public static BigDecimal resumedShare(long terminalResumed, long terminalConclusions) {
        return rate(terminalResumed, terminalConclusions);
    }

    /** 按期答复率 = an agency's answers to measures within their deadline / its answers, in the month. */
    public static BigDecimal withinDeadlineRate(long answeredWithinDeadline, long answered) {
        return rate(answeredWithinDeadline, answered);
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE,
                        RoundingMode.HALF_UP);
    }
}
