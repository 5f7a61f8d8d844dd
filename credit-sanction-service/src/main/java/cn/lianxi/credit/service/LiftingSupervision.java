package cn.lianxi.credit.service;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftingApproval;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.SecondOfficer;

/**
 * The rules of supervising early liftings (制度铁笼, 执行权力运行监督制约), without the framework: which officer's
 * lifting is early, and who may decide a request for approval. A lifting is early when it comes before the listing's
 * fixed term ends (法释〔2017〕7号 art. 2 para. 2: the court's early deletion) or before the debt is performed (any
 * listing or restriction): one officer alone could then let a debtor off while the applicant is unpaid. A case-wide
 * lifting is early when anything it lifts is.
 */
public final class LiftingSupervision {

    private LiftingSupervision() {
    }

    /** A listing lifted before its term or before performance. */
    public static boolean early(DishonestListing l, CaseRecord c) {
        return l.hasFixedTerm() || !c.debtPerformed();
    }

    /** A restriction (it has no term) lifted before performance. */
    public static boolean early(CaseRecord c) {
        return !c.debtPerformed();
    }

    /**
     * The kinds of sanction a case-wide lifting lifts early, by the same rules as one sanction's lifting: a listing
     * before its term or before performance, a restriction before performance. Empty: nothing it lifts is early.
     */
    public static Set<SanctionKind> earlyKinds(SanctionLifting.CaseLifting what, CaseRecord c) {
        Set<SanctionKind> kinds = EnumSet.noneOf(SanctionKind.class);
        if (what.listings().stream().anyMatch(l -> early(l, c))) {
            kinds.add(SanctionKind.DISHONEST_LISTING);
        }
        if (!what.orders().isEmpty() && early(c)) {
            kinds.add(SanctionKind.CONSUMPTION_RESTRICTION);
        }
        return kinds;
    }

    /**
     * Whether {@code decider} may approve or reject {@code a}: still pending (409 {@code already-decided}), not its
     * requester (403 {@code self-approval}), holding an approver role (403 {@code forbidden}).
     */
    public static void checkDecider(LiftingApproval a, String decider, boolean holdsApproverRole) {
        if (a.status != LiftingApproval.Status.PENDING) {
            throw ProblemException.conflict(ProblemType.ALREADY_DECIDED,
                    "the request was " + a.status.name().toLowerCase(Locale.ROOT) + " by " + a.decidedBy);
        }
        SecondOfficer.requireNotRequester(a.requestedBy, decider);
        if (!holdsApproverRole) {
            throw ProblemException.forbidden("an approver of an early lifting holds one of its approver roles "
                    + "(lianxi.credit.supervision)");
        }
    }
}
