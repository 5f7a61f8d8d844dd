package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import cn.lianxi.cases.Acknowledgement;
import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.Petition;
import cn.lianxi.cases.PetitionStatus;
import cn.lianxi.cases.config.Term;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/** The pure rules of a petition (涉执信访): its term and extension, the repeat link, its steps, who petitions. */
class PetitionRulesTest {

    static final Term SIXTY_DAYS = Term.parse("P60D");
    static final Term THIRTY_DAYS = Term.parse("P30D");
    /** 10:00 in China. */
    static final Instant RECEIVED = Instant.parse("2026-01-10T02:00:00Z");

    static Petition registered(Instant receivedAt) {
        Petition p = new Petition();
        p.id = UUID.randomUUID();
        p.receivedAt = receivedAt;
        p.registeredAt = receivedAt;
        p.deadline = PetitionRules.deadline(receivedAt, SIXTY_DAYS);
        p.status = PetitionStatus.REGISTERED;
        return p;
    }

    static void refused(ProblemType type, Executable rule) {
        ProblemException e = assertThrows(ProblemException.class, rule);
        assertEquals(type, e.type(), e.getMessage());
    }

    @Test
    @DisplayName("《信访工作条例》(2022) art. 32: the answer is due 60 days after the petition was received (受理)")
    void xinfangRegulationsArticle32TheAnswerIsDueSixtyDaysAfterReceipt() {
        assertEquals(Instant.parse("2026-03-11T02:00:00Z"), PetitionRules.deadline(RECEIVED, SIXTY_DAYS));
        Petition p = registered(RECEIVED);
        Instant lastMoment = p.deadline;
        assertFalse(p.overdue(lastMoment), "not overdue at the deadline itself");
        assertTrue(p.overdue(lastMoment.plusSeconds(1)));
    }

    @Test
    @DisplayName("art. 32: the term is extended once, by 30 days, with the reason the petitioner is told")
    void xinfangRegulationsArticle32OneExtensionOfThirtyDaysWithItsReason() {
        Petition p = registered(RECEIVED);
        Instant now = RECEIVED.plus(Duration.ofDays(50));
        PetitionRules.extend(p, "情况复杂，需调取异地财产信息", THIRTY_DAYS, now);
        assertEquals(Instant.parse("2026-04-10T02:00:00Z"), p.deadline);
        assertEquals(now, p.extendedAt);
        assertEquals("情况复杂，需调取异地财产信息", p.extensionReason);
        assertFalse(p.overdue(RECEIVED.plus(Duration.ofDays(80))), "within the extended term");

        refused(ProblemType.ALREADY_DECIDED, () -> PetitionRules.extend(p, "again", THIRTY_DAYS, now.plusSeconds(1)));
        assertEquals(Instant.parse("2026-04-10T02:00:00Z"), p.deadline, "a refused extension changes nothing");
    }

    @Test
    @DisplayName("art. 32: no extension once the term ran out, nor of an answered petition")
    void xinfangRegulationsArticle32NoExtensionAfterTheDeadlineOrTheAnswer() {
        Petition late = registered(RECEIVED);
        refused(ProblemType.FORBIDDEN_TRANSITION,
                () -> PetitionRules.extend(late, "too late", THIRTY_DAYS, RECEIVED.plus(Duration.ofDays(61))));
        assertNull(late.extendedAt);
        assertTrue(late.overdue(RECEIVED.plus(Duration.ofDays(61))), "still counted as overdue");

        Petition answered = registered(RECEIVED);
        PetitionRules.answer(answered, "已答复", "judge-zy", RECEIVED.plus(Duration.ofDays(3)));
        refused(ProblemType.FORBIDDEN_TRANSITION,
                () -> PetitionRules.extend(answered, "why", THIRTY_DAYS, RECEIVED.plus(Duration.ofDays(4))));
    }

    @Test
    @DisplayName("art. 32: an answer after the deadline stays overdue; one before it never becomes overdue")
    void xinfangRegulationsArticle32ALateAnswerStaysLate() {
        Petition inTime = registered(RECEIVED);
        PetitionRules.answer(inTime, "已处理", "judge-zy", RECEIVED.plus(Duration.ofDays(59)));
        assertFalse(inTime.overdue(RECEIVED.plus(Duration.ofDays(400))));

        Petition late = registered(RECEIVED);
        PetitionRules.answer(late, "已处理", "judge-zy", RECEIVED.plus(Duration.ofDays(61)));
        assertEquals(PetitionStatus.ANSWERED, late.status);
        assertTrue(late.overdue(RECEIVED.plus(Duration.ofDays(61))));
    }

    @Test
    @DisplayName("重复信访: a petition repeats the latest unresolved one of the case, counting the repeats")
    void aPetitionRepeatsTheLatestUnresolvedPetitionOfTheCase() {
        Petition first = registered(RECEIVED);
        Petition second = registered(RECEIVED.plus(Duration.ofDays(5)));
        PetitionRules.link(second, PetitionRules.repeatOf(List.of(first)));
        assertEquals(first.id, second.repeatOf);
        assertEquals(1, second.repeatNumber);

        // answered and not accepted: still unresolved
        PetitionRules.answer(second, "答复", "judge-zy", RECEIVED.plus(Duration.ofDays(6)));
        PetitionRules.acknowledge(second, Acknowledgement.DISSATISFIED, "clerk-zy", RECEIVED.plus(Duration.ofDays(7)));
        Petition third = registered(RECEIVED.plus(Duration.ofDays(8)));
        PetitionRules.link(third, PetitionRules.repeatOf(List.of(first, second)));
        assertEquals(second.id, third.repeatOf, "the latest unresolved one");
        assertEquals(2, third.repeatNumber);
    }

    @Test
    @DisplayName("重复信访: after an answer the party accepted (满意, 基本满意) a petition is a new matter")
    void aPetitionAfterAResolvedOneIsANewMatter() {
        for (Acknowledgement settling : List.of(Acknowledgement.SATISFIED, Acknowledgement.BASICALLY_SATISFIED)) {
            Petition earlier = registered(RECEIVED);
            PetitionRules.answer(earlier, "答复", "judge-zy", RECEIVED.plusSeconds(60));
            PetitionRules.acknowledge(earlier, settling, "clerk-zy", RECEIVED.plusSeconds(120));
            assertEquals(Optional.empty(), PetitionRules.repeatOf(List.of(earlier)), settling.name());
        }
        Petition fresh = registered(RECEIVED);
        PetitionRules.link(fresh, PetitionRules.repeatOf(List.of()));
        assertNull(fresh.repeatOf);
        assertEquals(0, fresh.repeatNumber);
    }

    @Test
    void aPetitionIsAnsweredOnceAndAcknowledgedOnceAfterTheAnswer() {
        Petition p = registered(RECEIVED);
        refused(ProblemType.FORBIDDEN_TRANSITION,
                () -> PetitionRules.acknowledge(p, Acknowledgement.SATISFIED, "clerk-zy", RECEIVED.plusSeconds(1)));
        PetitionRules.answer(p, "答复", "judge-zy", RECEIVED.plusSeconds(2));
        refused(ProblemType.FORBIDDEN_TRANSITION,
                () -> PetitionRules.answer(p, "again", "judge-zy", RECEIVED.plusSeconds(3)));
        assertEquals("答复", p.answer);
        PetitionRules.acknowledge(p, Acknowledgement.BASICALLY_SATISFIED, "clerk-zy", RECEIVED.plusSeconds(4));
        assertEquals(PetitionStatus.ACKNOWLEDGED, p.status);
        refused(ProblemType.FORBIDDEN_TRANSITION,
                () -> PetitionRules.acknowledge(p, Acknowledgement.DISSATISFIED, "clerk-zy", RECEIVED.plusSeconds(5)));
        assertEquals(Acknowledgement.BASICALLY_SATISFIED, p.acknowledgement);
    }

    @Test
    void thePetitionerIsAPartyOfTheCaseInTheRoleNamed() {
        EnforcementCase c = new EnforcementCase();
        CaseParty applicant = party(c, PartyRole.APPLICANT, "32050819800101123X");
        CaseParty one = party(c, PartyRole.RESPONDENT, "91320508MA1MXXQ51A");
        party(c, PartyRole.RESPONDENT, "91320508MA1MXXQ52B");

        assertSame(applicant, PetitionRules.petitioner(c, PartyRole.APPLICANT, null));
        assertSame(one, PetitionRules.petitioner(c, PartyRole.RESPONDENT, " 91320508ma1mxxq51a "));
        ProblemException several = assertThrows(ProblemException.class,
                () -> PetitionRules.petitioner(c, PartyRole.RESPONDENT, null));
        assertEquals("petitioner.idNumber", several.field());
        ProblemException notInRole = assertThrows(ProblemException.class,
                () -> PetitionRules.petitioner(c, PartyRole.RESPONDENT, "32050819800101123X"));
        assertEquals(ProblemType.PARTY_NOT_FOUND, notInRole.type());
    }

    @Test
    void aReceiptIsNeitherInTheFutureNorBeforeTheFiling() {
        LocalDate filedOn = LocalDate.of(2026, 1, 10);
        refused(ProblemType.RECEIVED_IN_FUTURE,
                () -> PetitionRules.checkReceipt(RECEIVED.plusSeconds(1), RECEIVED, filedOn));
        // 2026-01-09 23:00 in China is the day before the filing, although it is 2026-01-09T15:00Z
        refused(ProblemType.INVALID_FIELD,
                () -> PetitionRules.checkReceipt(Instant.parse("2026-01-09T15:00:00Z"), RECEIVED, filedOn));
        PetitionRules.checkReceipt(Instant.parse("2026-01-09T16:00:00Z"), RECEIVED, filedOn);
    }

    private static CaseParty party(EnforcementCase c, PartyRole role, String idNumber) {
        CaseParty p = new CaseParty();
        p.id = UUID.randomUUID();
        p.role = role;
        p.type = PartyType.COMPANY;
        p.name = "party " + idNumber;
        p.idNumber = idNumber;
        c.addParty(p);
        return p;
    }
}
