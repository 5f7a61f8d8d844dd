package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.lianxi.cases.ApprovalRequest;
import cn.lianxi.cases.ApprovalStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.SupervisedAction;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/** 制度铁笼: which actions are supervised, and who may decide a request. */
class SupervisionRulesTest {

    private static EnforcementCase owing(String recovered) {
        EnforcementCase c = new EnforcementCase();
        c.amountOwed = new BigDecimal("1000.00");
        c.amountRecovered = new BigDecimal(recovered);
        return c;
    }

    private static CourtCaseEvent conclusion(ConclusionType type) {
        return new CourtCaseEvent.StatusChanged("e", "C320500", "n", null, "judge", CaseStatus.CONCLUDED, type, null,
                null);
    }

    private static CourtCaseEvent unfreeze() {
        return new CourtCaseEvent.UnfreezeOrdered("e", "C320500", "n", null, "judge", null, "ICBC", null, "6222",
                null, null, null, null);
    }

    @Test
    void roundEndIsSupervisedOtherConclusionsAreNot() {
        assertEquals(Optional.of(SupervisedAction.TERMINATION_OF_THIS_ROUND),
                SupervisionRules.supervised(conclusion(ConclusionType.TERMINATION_OF_THIS_ROUND), owing("0.00")));
        assertEquals(Optional.empty(),
                SupervisionRules.supervised(conclusion(ConclusionType.FULL_PERFORMANCE), owing("1000.00")));
        assertEquals(Optional.empty(), SupervisionRules.supervised(new CourtCaseEvent.StatusChanged("e", "C320500",
                "n", null, "judge", CaseStatus.SUSPENDED, null, null, null), owing("0.00")));
    }

    @Test
    void anUnfreezeIsSupervisedUntilTheDebtIsPerformedToTheCent() {
        assertEquals(Optional.of(SupervisedAction.UNFREEZE_BEFORE_PERFORMANCE),
                SupervisionRules.supervised(unfreeze(), owing("999.99")));
        assertEquals(Optional.empty(), SupervisionRules.supervised(unfreeze(), owing("1000.00")));
    }

    private static ApprovalRequest pending() {
        ApprovalRequest a = new ApprovalRequest();
        a.action = SupervisedAction.TERMINATION_OF_THIS_ROUND;
        a.status = ApprovalStatus.PENDING;
        a.requestedBy = "judge-a";
        return a;
    }

    @Test
    void theRequesterMayNotDecideNorAnOfficerWithoutAnApproverRoleNorAnyoneTwice() {
        ProblemException self = assertThrows(ProblemException.class,
                () -> SupervisionRules.checkDecider(pending(), "judge-a", true));
        assertEquals(ProblemType.SELF_APPROVAL, self.type());
        assertEquals(403, self.status());
        assertEquals(ProblemType.FORBIDDEN,
                assertThrows(ProblemException.class, () -> SupervisionRules.checkDecider(pending(), "clerk-b", false))
                        .type());
        SupervisionRules.checkDecider(pending(), "judge-b", true);
        ApprovalRequest decided = pending();
        decided.status = ApprovalStatus.APPROVED;
        decided.decidedBy = "judge-b";
        assertEquals(ProblemType.ALREADY_DECIDED, assertThrows(ProblemException.class,
                () -> SupervisionRules.checkDecider(decided, "judge-c", true)).type());
    }
}
