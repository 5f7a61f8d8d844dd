package cn.lianxi.cases.service;

import java.util.List;

import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.Problem;
import cn.lianxi.kit.problem.ProblemException;

/** Status changes: forward moves, 中止 / 恢复, 结案, and the 执转破 proposal. */
final class StatusRules {

    private StatusRules() {
    }

    /**
     * STATUS_CHANGED: SUSPENDED and CONCLUDED mean suspend and conclude; a move out of a pause is a resumption,
     * refused while {@code pendingTransfer} (the case's 执转破 transfer awaiting its ruling, null when none) is.
     */
    static CaseChange change(EnforcementCase c, CourtCaseEvent.StatusChanged e, ConclusionContext context,
            BankruptcyTransfer pendingTransfer) {
        CaseStatus target = e.targetStatus();
        if (target == CaseStatus.SUSPENDED) {
            return suspend(c, e.reason());
        }
        if (target == CaseStatus.CONCLUDED) {
            return conclude(c, e.conclusionType(), e.reason(), context);
        }
        if (c.status == CaseStatus.SUSPENDED || c.status == CaseStatus.CONCLUDED) {
            BankruptcyTransferRules.requireNoPendingRuling(pendingTransfer);
            CaseStatus back = CaseTransitions.resumeTarget(c);
            if (back != target && !CaseTransitions.canAdvance(back, target)) {
                throw CaseTransitions.forbidden("resuming " + CaseTransitions.describe(c) + " leads back to " + back
                        + ", which cannot move to " + target);
            }
            CaseChange resumed = resumed(c, e.reason());
            return c.status == target ? resumed : advance(resumed, c, target, e.reason());
        }
        return advance(CaseChange.of(c), c, target, e.reason());
    }

    static CaseChange suspend(EnforcementCase c, String reason) {
        CaseStatus from = c.status;
        CaseTransitions.suspend(c);
        return CaseChange.of(c).step("中止执行 enforcement suspended", new CaseEventDetail.StatusChanged(from, reason));
    }

    /** 恢复执行, not while the case's 执转破 transfer awaits its ruling ({@link BankruptcyTransferRules}). */
    static CaseChange resume(EnforcementCase c, String reason, BankruptcyTransfer pendingTransfer) {
        BankruptcyTransferRules.requireNoPendingRuling(pendingTransfer);
        return resumed(c, reason);
    }

    private static CaseChange resumed(EnforcementCase c, String reason) {
        CaseStatus from = c.status;
        CaseTransitions.resume(c);
        return CaseChange.of(c).step("恢复执行 enforcement resumed", new CaseEventDetail.StatusChanged(from, reason));
    }

    /**
     * 结案: 终本 only when its prerequisites are met (all missing ones named at once); then the conclusion and its
     * effects (the unfreeze orders of the freezes the conclusion type releases), each a timeline entry and an event.
     */
    static CaseChange conclude(EnforcementCase c, ConclusionType type, String reason, ConclusionContext context) {
        CaseTransitions.checkConclusion(c, type);
        if (type == ConclusionType.TERMINATION_OF_THIS_ROUND) {
            List<Problem.FieldError> missing = RoundEndPrerequisites.missing(context.required(), context.facts(),
                    context.today());
            if (!missing.isEmpty()) {
                throw PrerequisitesMissing.of("TERMINATION_OF_THIS_ROUND (终本)", missing);
            }
        }
        CaseTransitions.conclude(c, type);
        CaseChange change = CaseChange.of(c).step("结案 case concluded: " + type,
                new CaseEventDetail.CaseConcluded(type, reason));
        return ConclusionEffects.release(change, c, type, context);
    }

    /** 执转破 is for enterprise legal persons (民诉法解释 art. 511): a company must be among the respondents. */
    static CaseChange proposeBankruptcy(EnforcementCase c, String reason) {
        CaseTransitions.requireOpen(c, "be transferred to bankruptcy");
        if (c.respondents().stream().noneMatch(p -> p.type == PartyType.COMPANY)) {
            throw ProblemException.conflict(ProblemType.BANKRUPTCY_NEEDS_COMPANY,
                    "transfer to bankruptcy (执转破) needs a company respondent");
        }
        return CaseChange.of(c).step("执转破 transfer to bankruptcy proposed",
                new CaseEventDetail.BankruptcyTransferProposed(reason));
    }

    /** Moves forward and records it; used on its own and when a measure starts the next stage. */
    static CaseChange advance(CaseChange change, EnforcementCase c, CaseStatus target, String reason) {
        CaseStatus from = c.status;
        CaseTransitions.advance(c, target);
        return change.step("状态变更 status " + from + " → " + target, new CaseEventDetail.StatusChanged(from, reason));
    }
}
