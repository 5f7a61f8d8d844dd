package cn.lianxi.cases.service;

import java.util.Optional;

import cn.lianxi.cases.ApprovalRequest;
import cn.lianxi.cases.ApprovalStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.SupervisedAction;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.SecondOfficer;

/**
 * The rules of supervision (制度铁笼), without the framework: which court event is a sensitive action on its case, and
 * who may decide a request for approval. The request and the decision are two people; the decider holds an
 * approver role (the court is checked before: another court's request is absent to its staff).
 */
public final class SupervisionRules {

    private SupervisionRules() {
    }

    /**
     * The sensitive action {@code event} is on case {@code c}, if any: 终本, or an unfreeze while the amount recovered
     * is below the amount owed (once the debt is performed, releasing what is still frozen is owed to the debtor and
     * needs nobody's approval).
     */
    public static Optional<SupervisedAction> supervised(CourtCaseEvent event, EnforcementCase c) {
        if (event instanceof CourtCaseEvent.StatusChanged s && s.targetStatus() == CaseStatus.CONCLUDED
                && s.conclusionType() == ConclusionType.TERMINATION_OF_THIS_ROUND) {
            return Optional.of(SupervisedAction.TERMINATION_OF_THIS_ROUND);
        }
        if (event instanceof CourtCaseEvent.UnfreezeOrdered && !c.readyToConclude()) {
            return Optional.of(SupervisedAction.UNFREEZE_BEFORE_PERFORMANCE);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code decider} may approve or reject request {@code a}: it is still pending (else 409
     * {@code already-decided}), the decider is not its requester (403 {@code self-approval}) and holds an approver
     * role (403 {@code forbidden}).
     */
    public static void checkDecider(ApprovalRequest a, String decider, boolean holdsApproverRole) {
        if (a.status != ApprovalStatus.PENDING) {
            throw ProblemException.conflict(ProblemType.ALREADY_DECIDED, "the request was " + a.status
                    .name().toLowerCase(java.util.Locale.ROOT) + " by " + a.decidedBy);
        }
        SecondOfficer.requireNotRequester(a.requestedBy, decider);
        if (!holdsApproverRole) {
            throw ProblemException.forbidden("an approver of " + a.action.key() + " holds one of its approver roles");
        }
    }
}
