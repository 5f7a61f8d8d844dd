package cn.lianxi.contracts;

import java.time.Instant;
import java.util.Optional;

/**
 * Debtors performing by themselves (执源治理, 前端自动履行): the pure rules of the performance notice and of listing
 * only a debtor who will not pay. They live in the contract because both sides apply them: case-service refuses at
 * intake what credit-sanction-service would refuse, and credit refuses a court's decision that reached it anyway.
 * <ul>
 * <li>The notice (执行通知书, 民事诉讼法 art. 251, 2023 text) is served at filing with a deadline. The statute lets the
 * court also act at once; the platform lets the debtor perform first, so a freeze or deduction before the deadline
 * needs its ruling to state the urgency ({@link LegalBasis#urgency()}).</li>
 * <li>Money that covers the debt by the deadline is performance within the notice, counted as good faith.</li>
 * <li>A listing waits for the grace period after the deadline (宽限期, 法发〔2019〕35号 "善意文明执行" opinion: a
 * debtor about to be listed is given time to perform first); its length is configuration.</li>
 * <li>A respondent found unable to perform (失能) is not listed on ground (1), "able to perform but refusing"
 * (法释〔2017〕7号 art. 1(1); art. 3 excludes those who are not "able but refusing"). Grounds (2) to (6) are conduct
 * (obstruction, evasion, breaking a reporting duty or a restriction, a settlement refused) and stay listable.</li>
 * </ul>
 */
public final class SelfPerformance {

    private SelfPerformance() {
    }

    /** Why a listing may not be made now: the problem type (its slug is the refusal's rule) and the reason. */
    public record Bar(ProblemType type, String reason) {
    }

    /**
     * 民事诉讼法 art. 251 (2023 text) with the platform's notice: true when a freeze or deduction ordered at
     * {@code now} must wait for the notice's deadline (no deadline recorded: nothing to wait for).
     */
    public static boolean measureMustWait(Instant performanceDue, Instant now, LegalBasis basis) {
        return performanceDue != null && now.isBefore(performanceDue) && (basis == null || !basis.statesUrgency());
    }

    /** True when the debt covered at {@code coveredAt} was covered by the notice's deadline (good faith). */
    public static boolean performedWithinNotice(Instant performanceDue, Instant coveredAt) {
        return performanceDue != null && !coveredAt.isAfter(performanceDue);
    }

    /**
     * Why a listing on {@code ground} decided at {@code decidedAt} is refused, if it is: the respondent found UNABLE
     * and ground (1) (法释〔2017〕7号 art. 1(1), art. 3), or the grace period still running ({@code graceEnds} null:
     * no notice recorded, no grace period).
     */
    public static Optional<Bar> listingBar(ListingGround ground, PerformanceCapacity capacity, Instant graceEnds,
            Instant decidedAt) {
        if (ground == ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM && capacity == PerformanceCapacity.UNABLE) {
            return Optional.of(new Bar(ProblemType.RESPONDENT_UNABLE, "the respondent was found unable to perform"
                    + " (失能); ground (1) lists only a respondent able to perform who refuses (法释〔2017〕7号 art. 1(1),"
                    + " art. 3)"));
        }
        if (graceEnds != null && decidedAt.isBefore(graceEnds)) {
            return Optional.of(new Bar(ProblemType.LISTING_GRACE_PERIOD, "the grace period (宽限期) after the"
                    + " performance notice runs until " + graceEnds + " (法发〔2019〕35号)"));
        }
        return Optional.empty();
    }
}
