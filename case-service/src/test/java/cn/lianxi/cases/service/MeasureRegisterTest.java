package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.EnforcementDocumentKind;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.IdentityNumbers;

/** Which published details are referral orders a court may later cancel (撤销), and under which request id. */
class MeasureRegisterTest {

    static final PartyRef RESPONDENT = new PartyRef(PartyRole.RESPONDENT, PartyType.PERSON, "张三",
            IdentityNumbers.withResidentCheck("32050819800101123"), false, null);
    static final Officer JUDGE = new Officer("judge-1", "周法官");
    static final LegalBasis RULING = new LegalBasis(EnforcementDocumentKind.RULING, "（2026）苏05执1号", "限制出境");

    @Test
    void exitBansLiftingsHandOffsAndBankMeasuresAreOrdersUnderTheirRequestId() {
        assertEquals(new MeasureRegister.Order("r1", ReferralKind.EXIT_BAN, RESPONDENT.idNumber()),
                MeasureRegister.orderOf(new CaseEventDetail.ExitBanOrdered(RESPONDENT, "r1", JUDGE, RULING, null))
                        .orElseThrow());
        assertEquals(ReferralKind.EXIT_BAN_LIFTING, MeasureRegister.orderOf(new CaseEventDetail.ExitBanLiftingOrdered(
                RESPONDENT, "r2", "r1", JUDGE, RULING, null)).orElseThrow().kind());
        assertEquals(ReferralKind.JUDICIAL_AUCTION, MeasureRegister.orderOf(new CaseEventDetail.AuctionHandoffOrdered(
                RESPONDENT, "r3", "商铺", Money.of("1.00"), null, JUDGE, RULING)).orElseThrow().kind());
        assertEquals(new MeasureRegister.Order("r4", ReferralKind.FREEZE, RESPONDENT.idNumber()),
                MeasureRegister.orderOf(new CaseEventDetail.FreezeOrdered(new CaseEventDetail.AccountOrder(RESPONDENT,
                        "ICBC", null, "6222", Money.of("10.00"), "r4", null, JUDGE, RULING))).orElseThrow());
    }

    @Test
    void aCancellationOrAConclusionIsNoOrder() {
        assertTrue(MeasureRegister.orderOf(new CaseEventDetail.MeasureCancelled("r1", ReferralKind.EXIT_BAN, "撤销",
                "judge-1", "judge-2")).isEmpty());
        assertTrue(MeasureRegister.orderOf(new CaseEventDetail.CaseConcluded(ConclusionType.FULL_PERFORMANCE, null))
                .isEmpty());
    }
}
