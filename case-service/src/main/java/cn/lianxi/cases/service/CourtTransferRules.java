package cn.lianxi.cases.service;

import cn.lianxi.cases.Court;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.CourtLevel;
import cn.lianxi.contracts.CourtTransferMode;
import cn.lianxi.contracts.Labels;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * Moving a case between the courts an intermediate court leads (执行指挥, 三统一): 交叉执行 to another basic court of
 * the city, 提级执行 up to the intermediate court itself (民事诉讼法 (2017 text) art. 226: the court a level up
 * may enforce a case itself or order another court to; the article number in the 2023 text not verified). A pure
 * rule: it checks everything, then moves the case in memory and says what to write.
 */
public final class CourtTransferRules {

    private CourtTransferRules() {
    }

    /**
     * {@code head} (the caller's court, which must be an intermediate court: 403 otherwise) moves {@code c} to
     * {@code to} (null: not a known court) by {@code mode}. CROSS needs a basic court {@code head} leads other than
     * the case's, ELEVATED {@code head} itself, the case not being there yet; otherwise a 422 naming {@code toCourt}.
     * A concluded case stays where it was concluded (409 {@code case-not-active}).
     */
    public static CaseChange transfer(EnforcementCase c, Court head, Court to, CourtTransferMode mode, String reason,
            Officer officer) {
        if (head == null || head.level != CourtLevel.INTERMEDIATE) {
            throw ProblemException.forbidden("only the division head of an intermediate court moves cases between "
                    + "courts (三统一)");
        }
        if (c.status == CaseStatus.CONCLUDED) {
            throw ProblemException.conflict(ProblemType.CASE_NOT_ACTIVE, "a concluded case is not transferred");
        }
        boolean allowed = to != null && !to.code.equals(c.courtCode) && (mode == CourtTransferMode.CROSS
                ? to.level == CourtLevel.BASIC && head.leads(to)
                : to.code.equals(head.code));
        if (!allowed) {
            throw new ProblemException(ProblemType.COURT_OUT_OF_SCOPE, mode == CourtTransferMode.CROSS
                    ? "交叉执行 goes to another basic court " + head.code + " leads than the case's"
                    : "提级执行 goes to " + head.code + " itself, from a court it leads", "toCourt");
        }
        String from = c.courtCode;
        c.courtCode = to.code;
        return CaseChange.of(c).step(Labels.zh("CourtTransferMode", mode.name()) + ": " + from + " → " + to.code
                + " (" + to.name + ")", new CaseEventDetail.CourtTransferred(from, to.code, mode, reason, officer));
    }
}
