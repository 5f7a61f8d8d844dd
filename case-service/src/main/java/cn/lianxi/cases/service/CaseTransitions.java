package cn.lianxi.cases.service;

import static cn.lianxi.contracts.CaseStatus.CONCLUDED;
import static cn.lianxi.contracts.CaseStatus.FILED;
import static cn.lianxi.contracts.CaseStatus.INVESTIGATING;
import static cn.lianxi.contracts.CaseStatus.MEASURES_UNDER_WAY;
import static cn.lianxi.contracts.CaseStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The status machine of an enforcement case. Each method checks first and changes the case only when the move is
 * allowed; a forbidden move is a 409 {@code forbidden-transition} problem that says why.
 * <ul>
 * <li>FILED → INVESTIGATING → MEASURES_UNDER_WAY (measures may start straight after filing when the applicant
 * names an account).</li>
 * <li>Any open status → SUSPENDED (中止执行) → back to where it was (恢复执行).</li>
 * <li>→ CONCLUDED with a conclusion type; only TERMINATION_OF_THIS_ROUND (终本) may be resumed, to INVESTIGATING.</li>
 * </ul>
 */
public final class CaseTransitions {

    private static final Map<CaseStatus, Set<CaseStatus>> FORWARD = Map.of(
            FILED, EnumSet.of(INVESTIGATING, MEASURES_UNDER_WAY),
            INVESTIGATING, EnumSet.of(MEASURES_UNDER_WAY));
    /** 终本 needs a finished property investigation (最高法《关于严格规范终结本次执行程序的规定》). */
    private static final Set<CaseStatus> ROUND_END_FROM = EnumSet.of(INVESTIGATING, MEASURES_UNDER_WAY);
    /** A suspended case ends only when the suspension's cause makes enforcement impossible. */
    private static final Set<ConclusionType> FROM_SUSPENSION = EnumSet.of(ConclusionType.TERMINATION,
            ConclusionType.BANKRUPTCY_TRANSFER, ConclusionType.NON_ENFORCEMENT);

    private CaseTransitions() {
    }

    /** Whether {@code target} is a forward move from the case's status. */
    public static boolean canAdvance(EnforcementCase c, CaseStatus target) {
        return canAdvance(c.status, target);
    }

    static boolean canAdvance(CaseStatus from, CaseStatus target) {
        return FORWARD.getOrDefault(from, Set.of()).contains(target);
    }

    /** Where 恢复执行 would take the case; a 409 when it cannot be resumed. */
    public static CaseStatus resumeTarget(EnforcementCase c) {
        if (c.status == SUSPENDED) {
            return c.suspendedFrom == null ? INVESTIGATING : c.suspendedFrom;
        }
        if (c.status == CONCLUDED && c.conclusionType == ConclusionType.TERMINATION_OF_THIS_ROUND) {
            return INVESTIGATING;
        }
        throw forbidden(describe(c) + " cannot be resumed: only a SUSPENDED case or one concluded as "
                + "TERMINATION_OF_THIS_ROUND (终本) can");
    }

    public static void advance(EnforcementCase c, CaseStatus target) {
        if (!canAdvance(c, target)) {
            throw forbidden(describe(c) + " cannot move to " + target
                    + " (allowed: FILED → INVESTIGATING → MEASURES_UNDER_WAY)");
        }
        c.status = target;
    }

    public static void suspend(EnforcementCase c) {
        requireActive(c, "be suspended");
        c.suspendedFrom = c.status;
        c.status = SUSPENDED;
    }

    /** 恢复执行: a suspended case returns to where it was, a 终本 case to INVESTIGATING. */
    public static void resume(EnforcementCase c) {
        c.status = resumeTarget(c);
        c.conclusionType = null;
        c.suspendedFrom = null;
        c.assetsFoundAt = null;
    }

    public static void conclude(EnforcementCase c, ConclusionType type) {
        checkConclusion(c, type);
        c.conclusionType = type;
        c.suspendedFrom = null;
        c.status = CONCLUDED;
    }

    /** The status rules of 结案, checked without changing the case. */
    public static void checkConclusion(EnforcementCase c, ConclusionType type) {
        if (c.status == CONCLUDED) {
            throw forbidden(describe(c) + " is already concluded");
        }
        if (type == ConclusionType.TERMINATION_OF_THIS_ROUND && !ROUND_END_FROM.contains(c.status)) {
            throw forbidden("TERMINATION_OF_THIS_ROUND (终本) needs a property investigation: the case is " + c.status);
        }
        if (c.status == SUSPENDED && !FROM_SUSPENSION.contains(type)) {
            throw forbidden("a SUSPENDED case can only be concluded as " + FROM_SUSPENSION + "; resume it first");
        }
        if (type == ConclusionType.FULL_PERFORMANCE && !c.readyToConclude()) {
            throw forbidden("FULL_PERFORMANCE (执行完毕) needs the amount recovered to reach the amount owed");
        }
    }

    /** Enforcement measures need a case that is neither suspended nor concluded. */
    public static void requireActive(EnforcementCase c, String action) {
        if (c.status == SUSPENDED || c.status == CONCLUDED) {
            throw ProblemException.conflict(ProblemType.CASE_NOT_ACTIVE, describe(c) + " and cannot " + action);
        }
    }

    /** Facts (payments, parties, sanctions, leads) may still be recorded unless the case is finally concluded. */
    public static void requireOpen(EnforcementCase c, String action) {
        if (c.status == CONCLUDED && c.conclusionType != ConclusionType.TERMINATION_OF_THIS_ROUND) {
            throw ProblemException.conflict(ProblemType.CASE_CONCLUDED, describe(c) + " and cannot " + action);
        }
    }

    static String describe(EnforcementCase c) {
        return c.status == CONCLUDED ? "the case is CONCLUDED (" + c.conclusionType + ")" : "the case is " + c.status;
    }

    static ProblemException forbidden(String why) {
        return ProblemException.conflict(ProblemType.FORBIDDEN_TRANSITION, why);
    }
}
