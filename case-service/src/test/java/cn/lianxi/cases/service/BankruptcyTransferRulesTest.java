package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.BankruptcyTransferStatus;
import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.FreezeStatus;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.cases.service.BankruptcyTransfers.Consent;
import cn.lianxi.cases.service.BankruptcyTransfers.Decision;
import cn.lianxi.cases.service.BankruptcyTransfers.Ruling;

/** The 执转破 hand-off's rules ({@link BankruptcyTransferRules}), each named by its article. */
class BankruptcyTransferRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final Officer JUDGE = new Officer("judge-gs", "姑苏法官");
    private static final Officer BANKRUPTCY_JUDGE = new Officer("judge-zy", "破产庭法官");
    private static final String DEBTOR = "91320508MA1MXXQ51X";
    private static final String APPLICANT = "91320500MA1N2B3C4Y";

    private final EnforcementCase c = openCase(PartyType.COMPANY);

    @Test
    @DisplayName("法发〔2017〕2号 art. 2 item (2) and art. 7: on the applicant's written consent the transfer is recorded, "
            + "named by the receiving court, and enforcement is suspended (中止执行)")
    void spc2017No2Art2And7_aConsentedTransferSuspendsEnforcement() {
        BankruptcyTransferRules.Decided d = transfer(c, List.of(), decision(APPLICANT, TODAY.minusDays(2)));

        assertEquals(CaseStatus.SUSPENDED, c.status);
        assertEquals(CaseStatus.MEASURES_UNDER_WAY, c.suspendedFrom);
        assertEquals(List.of(CaseEventKind.BANKRUPTCY_TRANSFER_DECIDED, CaseEventKind.STATUS_CHANGED), kinds(d.change()));
        CaseEventDetail.BankruptcyTransferDecided detail = (CaseEventDetail.BankruptcyTransferDecided)
                ((CaseChange.Step) d.change().entries().get(0)).detail();
        assertEquals("C320500", detail.receivingCourt());
        assertEquals(PartyRole.APPLICANT, detail.consent().party().role());
        assertEquals(TODAY.minusDays(2), detail.consent().givenOn());
        assertEquals(DEBTOR, detail.respondent().idNumber());
        assertEquals(BankruptcyTransferStatus.TRANSFERRED, d.transfer().status);
        assertEquals(TODAY, d.transfer().decidedOn);
    }

    @Test
    @DisplayName("法发〔2017〕2号 art. 2 item (2): no written consent, no transfer (400 naming consent); a consent from "
            + "someone who is neither an applicant nor the debtor is refused naming consent.idNumber")
    void spc2017No2Art2Item2_aTransferNeedsTheConsentOfAnApplicantOrTheDebtor() {
        Decision none = new Decision("C320500", null, null, null, "资不抵债");
        assertEquals("consent", refused(ProblemType.INVALID_FIELD, () -> transfer(c, List.of(), none)).field());
        assertEquals("consent.idNumber", refused(ProblemType.INVALID_FIELD,
                () -> transfer(c, List.of(), decision("91320500MA1N2B3C4Z", TODAY))).field());
        assertEquals("consent.givenOn", refused(ProblemType.INVALID_FIELD,
                () -> transfer(c, List.of(), decision(DEBTOR, TODAY.plusDays(1)))).field());
        assertEquals(CaseStatus.MEASURES_UNDER_WAY, c.status, "a refused transfer changes nothing");
        // the debtor's own consent is enough
        transfer(c, List.of(), decision(DEBTOR, TODAY));
    }

    @Test
    @DisplayName("法发〔2017〕2号 art. 2 item (1): only an enterprise legal person goes to bankruptcy review")
    void spc2017No2Art2Item1_aPersonIsNotTransferred() {
        EnforcementCase person = openCase(PartyType.PERSON);
        refused(ProblemType.BANKRUPTCY_NEEDS_COMPANY, () -> transfer(person, List.of(), decision(APPLICANT, TODAY)));
    }

    @Test
    @DisplayName("法发〔2017〕2号 art. 3: the receiving court is a court of the directory other than the enforcing one")
    void spc2017No2Art3_theReceivingCourtIsAnotherCourtOfTheDirectory() {
        for (String court : new String[] {"C999999", "C320508"}) {
            Decision d = new Decision(court, null, new Consent(APPLICANT, TODAY, null), null, null);
            assertEquals("receivingCourt", refused(ProblemType.INVALID_FIELD, () -> transfer(c, List.of(), d)).field());
        }
    }

    @Test
    @DisplayName("法发〔2017〕2号 art. 19: after a refusal the case is not transferred again")
    void spc2017No2Art19_noSecondTransferAfterARefusal() {
        BankruptcyTransfer refusedBefore = new BankruptcyTransfer();
        refusedBefore.status = BankruptcyTransferStatus.REFUSED;
        refused(ProblemType.FORBIDDEN_TRANSITION,
                () -> transfer(c, List.of(refusedBefore), decision(APPLICANT, TODAY)));
    }

    @Test
    @DisplayName("企业破产法 art. 19: acceptance (受理) concludes the case as 执转破 and releases every freeze in force")
    void bankruptcyLawArt19_acceptanceConcludesAndReleasesTheFreezes() {
        BankruptcyTransfer t = transfer(c, List.of(), decision(APPLICANT, TODAY)).transfer();
        List<RegisteredFreeze> freezes = List.of(freeze("F-1"), freeze("F-2"));

        CaseChange change = BankruptcyTransferRules.accept(c, t, new Ruling(TODAY, "(2026)苏05破申1号", null),
                BANKRUPTCY_JUDGE, "judge-zy", freezes, List.of(), TODAY, NOW);

        assertEquals(CaseStatus.CONCLUDED, c.status);
        assertEquals(ConclusionType.BANKRUPTCY_TRANSFER, c.conclusionType);
        assertEquals(List.of(CaseEventKind.BANKRUPTCY_PETITION_ACCEPTED, CaseEventKind.CASE_CONCLUDED,
                CaseEventKind.UNFREEZE_ORDERED, CaseEventKind.UNFREEZE_ORDERED), kinds(change));
        assertEquals(BankruptcyTransferStatus.ACCEPTED, t.status);
        assertEquals("judge-zy", t.answeredBy);
        refused(ProblemType.FORBIDDEN_TRANSITION, () -> BankruptcyTransferRules.refuse(c, t,
                new Ruling(TODAY, null, "again"), BANKRUPTCY_JUDGE, "judge-zy", TODAY, NOW));
    }

    @Test
    @DisplayName("法发〔2017〕2号 art. 7: while the transfer awaits its ruling no 恢复执行 is allowed, the problem names "
            + "the transfer; with none pending, or once refused, it is")
    void spc2017No2Art7_aPendingTransferBarsAResumption() {
        BankruptcyTransfer t = transfer(c, List.of(), decision(APPLICANT, TODAY)).transfer();
        ProblemException problem = refused(ProblemType.FORBIDDEN_TRANSITION,
                () -> BankruptcyTransferRules.requireNoPendingRuling(t));
        assertTrue(problem.getMessage().contains(t.id.toString()), problem.getMessage());
        assertDoesNotThrow(() -> BankruptcyTransferRules.requireNoPendingRuling(null));
    }

    @Test
    @DisplayName("法发〔2017〕2号 art. 18: a refusal (不予受理) states its reason and resumes enforcement where it was")
    void spc2017No2Art18_aRefusalResumesEnforcement() {
        BankruptcyTransfer t = transfer(c, List.of(), decision(APPLICANT, TODAY)).transfer();
        assertEquals("reason", refused(ProblemType.INVALID_FIELD, () -> BankruptcyTransferRules.refuse(c, t,
                new Ruling(TODAY, null, " "), BANKRUPTCY_JUDGE, "judge-zy", TODAY, NOW)).field());
        assertEquals("rulingDate", refused(ProblemType.INVALID_FIELD, () -> BankruptcyTransferRules.refuse(c, t,
                new Ruling(TODAY.minusDays(1), null, "不具备破产原因"), BANKRUPTCY_JUDGE, "judge-zy", TODAY, NOW)).field());

        CaseChange change = BankruptcyTransferRules.refuse(c, t, new Ruling(TODAY, null, "不具备破产原因"),
                BANKRUPTCY_JUDGE, "judge-zy", TODAY, NOW);

        assertEquals(CaseStatus.MEASURES_UNDER_WAY, c.status);
        assertEquals(List.of(CaseEventKind.BANKRUPTCY_PETITION_REFUSED, CaseEventKind.STATUS_CHANGED), kinds(change));
        assertEquals(BankruptcyTransferStatus.REFUSED, t.status);
        assertEquals("不具备破产原因", t.rulingReason);
    }

    private static BankruptcyTransferRules.Decided transfer(EnforcementCase c, List<BankruptcyTransfer> previous,
            Decision d) {
        return BankruptcyTransferRules.transfer(c, previous, d, UUID.randomUUID(), "judge-gs", JUDGE, TODAY, NOW);
    }

    private static Decision decision(String consenting, LocalDate givenOn) {
        return new Decision("C320500", null, new Consent(consenting, givenOn, "书面同意书"), null, "资不抵债");
    }

    private static List<CaseEventKind> kinds(CaseChange change) {
        return change.entries().stream().map(e -> ((CaseChange.Step) e).detail().kind()).toList();
    }

    private static ProblemException refused(ProblemType type, Runnable rule) {
        ProblemException e = assertThrows(ProblemException.class, rule::run);
        assertEquals(type, e.type(), e.getMessage());
        return e;
    }

    private static RegisteredFreeze freeze(String requestId) {
        return new RegisteredFreeze(requestId, DEBTOR, "ICBC", null, "6222" + requestId, new BigDecimal("100.00"),
                new BigDecimal("100.00"), TODAY.plusMonths(6), FreezeStatus.FROZEN, new BigDecimal("100.00"));
    }

    private static EnforcementCase openCase(PartyType debtorType) {
        EnforcementCase c = new EnforcementCase();
        c.id = UUID.randomUUID();
        c.courtCode = "C320508";
        c.caseNumber = "(2026)苏0508执1号";
        c.status = CaseStatus.MEASURES_UNDER_WAY;
        party(c, PartyRole.APPLICANT, PartyType.COMPANY, APPLICANT);
        party(c, PartyRole.RESPONDENT, debtorType, DEBTOR);
        return c;
    }

    private static CaseParty party(EnforcementCase c, PartyRole role, PartyType type, String idNumber) {
        CaseParty p = new CaseParty();
        p.id = UUID.randomUUID();
        p.role = role;
        p.type = type;
        p.name = "party " + idNumber;
        p.idNumber = idNumber;
        c.addParty(p);
        return p;
    }
}
