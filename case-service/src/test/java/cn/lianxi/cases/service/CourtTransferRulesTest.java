package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.Court;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.CourtLevel;
import cn.lianxi.contracts.CourtTransferMode;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/** 交叉执行 and 提级执行 within the courts an intermediate court leads (民事诉讼法 (2017 text) art. 226, 三统一). */
class CourtTransferRulesTest {

    private static final Court HIGH = court("C320000", CourtLevel.HIGH, null);
    private static final Court SUZHOU = court("C320500", CourtLevel.INTERMEDIATE, "C320000");
    private static final Court HUQIU = court("C320505", CourtLevel.BASIC, "C320500");
    private static final Court GUSU = court("C320508", CourtLevel.BASIC, "C320500");
    private static final Court CHANGSHU = court("C320581", CourtLevel.BASIC, "C320580");
    private static final Officer HEAD = new Officer("head-zy", "陆局长");

    @Test
    @DisplayName("民事诉讼法 (2017 text) art. 226: 交叉执行 moves the case to another basic court the intermediate court "
            + "leads and says so in a COURT_TRANSFERRED step")
    void civilProcedureLaw2017Art226_crossEnforcementGoesToAnotherBasicCourtOfTheCity() {
        EnforcementCase c = openCase(HUQIU.code);
        CaseChange change = CourtTransferRules.transfer(c, SUZHOU, GUSU, CourtTransferMode.CROSS, "回避", HEAD);
        assertEquals(GUSU.code, c.courtCode);
        assertEquals(new CaseEventDetail.CourtTransferred(HUQIU.code, GUSU.code, CourtTransferMode.CROSS, "回避", HEAD),
                ((CaseChange.Step) change.entries().get(0)).detail());
    }

    @Test
    @DisplayName("民事诉讼法 (2017 text) art. 226: 提级执行 goes to the intermediate court itself, and nowhere else")
    void civilProcedureLaw2017Art226_elevatedEnforcementGoesToTheIntermediateCourt() {
        EnforcementCase c = openCase(GUSU.code);
        CourtTransferRules.transfer(c, SUZHOU, SUZHOU, CourtTransferMode.ELEVATED, "重大影响", HEAD);
        assertEquals(SUZHOU.code, c.courtCode);
        refused(openCase(GUSU.code), SUZHOU, HUQIU, CourtTransferMode.ELEVATED);
        refused(openCase(SUZHOU.code), SUZHOU, SUZHOU, CourtTransferMode.ELEVATED);
    }

    @Test
    @DisplayName("三统一: a court the intermediate court does not lead, a court of another level, the case's own court "
            + "or no court is 422 naming toCourt, and the case stays")
    void aCourtOutsideTheScopeIsRefused() {
        for (Court to : new Court[] {CHANGSHU, HIGH, SUZHOU, HUQIU, null}) {
            EnforcementCase c = openCase(HUQIU.code);
            refused(c, SUZHOU, to, CourtTransferMode.CROSS);
            assertEquals(HUQIU.code, c.courtCode);
        }
    }

    @Test
    @DisplayName("Only an intermediate court moves cases (403), and not a concluded one (409 case-not-active)")
    void onlyAnIntermediateCourtMovesOpenCases() {
        ProblemException basic = assertThrows(ProblemException.class, () -> CourtTransferRules.transfer(
                openCase(HUQIU.code), HUQIU, GUSU, CourtTransferMode.CROSS, "回避", HEAD));
        assertEquals(403, basic.status());
        EnforcementCase concluded = openCase(HUQIU.code);
        concluded.status = CaseStatus.CONCLUDED;
        ProblemException closed = assertThrows(ProblemException.class, () -> CourtTransferRules.transfer(concluded,
                SUZHOU, GUSU, CourtTransferMode.CROSS, "回避", HEAD));
        assertEquals(ProblemType.CASE_NOT_ACTIVE, closed.type());
    }

    private static void refused(EnforcementCase c, Court head, Court to, CourtTransferMode mode) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> CourtTransferRules.transfer(c, head, to, mode, "回避", HEAD));
        assertEquals(ProblemType.COURT_OUT_OF_SCOPE, e.type());
        assertEquals(422, e.status());
        assertEquals("toCourt", e.field());
    }

    private static EnforcementCase openCase(String court) {
        EnforcementCase c = new EnforcementCase();
        c.id = UUID.randomUUID();
        c.courtCode = court;
        c.caseNumber = "(2026)苏0505执1号";
        c.status = CaseStatus.MEASURES_UNDER_WAY;
        return c;
    }

    private static Court court(String code, CourtLevel level, String parent) {
        Court c = new Court();
        c.code = code;
        c.level = level;
        c.parentCode = parent;
        c.name = code;
        return c;
    }
}
