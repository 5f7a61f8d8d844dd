package cn.lianxi.cases.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.cases.rest.PartyProgressView;
import cn.lianxi.cases.service.CaseChange;
import cn.lianxi.cases.service.PartyProgress;
import cn.lianxi.contracts.BasisType;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.PaymentSource;

/** What a party reads of its case: its own name, the others' masked, every ID masked, the court's secrets left out. */
class ProgressMapperTest {

    static final String PERSON_ID = IdentityNumbers.withResidentCheck("32050819800101123");
    static final String COMPANY_ID = IdentityNumbers.withCreditCheck("91320508MA1MXXQ51");
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    final EnforcementCase c = new EnforcementCase();
    final CaseParty applicant = party(PartyRole.APPLICANT, PartyType.COMPANY, "苏州恒通贸易有限公司", COMPANY_ID, "赵六");
    final CaseParty respondent = party(PartyRole.RESPONDENT, PartyType.PERSON, "张三", PERSON_ID, null);
    final List<TimelineEntry> timeline = new ArrayList<>();

    ProgressMapperTest() {
        c.id = UUID.randomUUID();
        c.courtCode = "C320500";
        c.caseNumber = "(2026)苏05执1号";
        c.filedOn = LocalDate.parse("2026-03-02");
        c.status = CaseStatus.MEASURES_UNDER_WAY;
        c.amountOwed = new BigDecimal("5000");
        c.amountRecovered = new BigDecimal("1200.5");
        c.addParty(applicant);
        c.addParty(respondent);
        PartyRef debtor = CaseMapper.toRef(respondent);
        entry("CASE_FILED", new CaseEventDetail.CaseFiled(c.filedOn, BasisType.JUDGMENT));
        entry("FREEZE_ORDERED", new CaseEventDetail.FreezeOrdered(new CaseEventDetail.AccountOrder(debtor, "ICBC",
                null, "6222-SECRET", new BigDecimal("3000"), "EV-1", null, new Officer("o-1", "周法官"), null)));
        entry("PAYMENT_RECEIVED", new CaseEventDetail.PaymentReceived(new BigDecimal("1200.5"),
                PaymentSource.VOLUNTARY, "TR-1"));
        entry("REFUSAL_REPORTED", new CaseEventDetail.RefusalReported(debtor, "转移财产", new Officer("o-1", "周法官"),
                null));
        entry(TimelineNote.READY_TO_CONCLUDE.name(), new CaseChange.ReadyToConclude(c.amountOwed, c.amountRecovered));
    }

    static CaseParty party(PartyRole role, PartyType type, String name, String id, String representative) {
        CaseParty p = new CaseParty();
        p.id = UUID.randomUUID();
        p.role = role;
        p.type = type;
        p.name = name;
        p.idNumber = id;
        p.legalRepresentative = representative;
        return p;
    }

    void entry(String kind, Object detail) {
        TimelineEntry t = new TimelineEntry();
        t.id = UUID.randomUUID();
        t.at = Instant.parse("2026-03-02T02:00:00Z").plusSeconds(timeline.size());
        t.kind = kind;
        t.summary = kind.toLowerCase();
        t.actor = "judge-zy";
        try {
            t.detail = JSON.writeValueAsString(detail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        timeline.add(t);
    }

    PartyProgressView viewFor(CaseParty asking) {
        return new ProgressMapper(JSON).toView(new PartyProgress.Found(c, asking, timeline));
    }

    @Test
    void theRespondentSeesItsOwnNameAndTheApplicantMasked() {
        PartyProgressView view = viewFor(respondent);
        PartyProgressView.Party you = view.parties().get(1);
        PartyProgressView.Party other = view.parties().get(0);
        assertTrue(you.you());
        assertEquals("张三", you.name());
        assertEquals(IdentityNumbers.mask(PERSON_ID), you.idNumber());
        assertFalse(other.you());
        assertEquals("苏州****有限公司", other.name());
        assertEquals("赵*", other.legalRepresentative());
        assertEquals(IdentityNumbers.mask(COMPANY_ID), other.idNumber());
        assertEquals(new BigDecimal("5000.00"), view.amountOwed());
        assertEquals(new BigDecimal("1200.50"), view.amountRecovered());
        assertEquals("苏州市中级人民法院", view.courtName());
    }

    @Test
    void theTimelineNamesAmountsAndPartiesButNotTheCourtsOwnFacts() {
        PartyProgressView view = viewFor(respondent);
        assertEquals(List.of("CASE_FILED", "FREEZE_ORDERED", "PAYMENT_RECEIVED", "READY_TO_CONCLUDE"),
                view.timeline().stream().map(PartyProgressView.Entry::kind).toList(), "the 拒执 lead is withheld");
        PartyProgressView.Entry freeze = view.timeline().get(1);
        assertEquals(new BigDecimal("3000.00"), freeze.amount());
        assertEquals("张三", freeze.party().name());
        assertEquals(new BigDecimal("1200.50"), view.timeline().get(2).amount());
        assertNull(view.timeline().get(2).party());
        assertNull(view.timeline().get(3).amount(), "a note's detail is not read");
        String all = view.toString();
        assertFalse(all.contains("6222-SECRET") || all.contains("周法官") || all.contains("转移财产")
                || all.contains(PERSON_ID) || all.contains(COMPANY_ID) || all.contains("judge-zy"), all);
    }

    @Test
    void theApplicantSeesTheRespondentMaskedOnEveryEntry() {
        PartyProgressView view = viewFor(applicant);
        assertEquals("苏州恒通贸易有限公司", view.parties().get(0).name());
        assertEquals("赵六", view.parties().get(0).legalRepresentative(), "its own representative");
        assertEquals("张*", view.parties().get(1).name());
        assertEquals("张*", view.timeline().get(1).party().name());
        assertFalse(view.toString().contains("张三"));
    }
}
