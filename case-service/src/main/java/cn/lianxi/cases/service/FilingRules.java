package cn.lianxi.cases.service;

import java.time.Instant;
import java.util.UUID;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.config.Term;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;

/** 立案 with its performance notice, and party changes (追加 / 更正当事人). */
final class FilingRules {

    private FilingRules() {
    }

    /**
     * 立案 with its performance notice (执行通知书, 民事诉讼法 art. 251, 2023 text): the deadline is the filing's own
     * {@code performanceDue}, else {@code noticeTerm} after the start of the filing date (China time), so a case a
     * court system reports filed long ago has no notice still running. A deadline before the filing date is refused.
     */
    static CaseChange file(EnforcementCase existing, CourtCaseEvent.CaseFiled e, Instant now, Term noticeTerm) {
        if (existing != null) {
            throw ProblemException.conflict(ProblemType.DUPLICATE_CASE_NUMBER, "this court already has a case with that number");
        }
        EnforcementCase c = new EnforcementCase();
        c.id = UUID.randomUUID();
        c.courtCode = e.courtCode();
        c.caseNumber = e.caseNumber();
        c.filedOn = e.filedOn();
        c.basisType = e.basisType();
        c.basisDocument = e.basisDocument();
        c.amountOwed = Money.cny(e.amountOwed());
        c.judge = e.judge();
        Instant filingDay = e.filedOn().atStartOfDay(PlatformClock.ZONE).toInstant();
        if (e.performanceDue() != null && e.performanceDue().isBefore(filingDay)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "performanceDue",
                    "performanceDue is before the case was filed (" + e.filedOn() + ")");
        }
        c.performanceDue = e.performanceDue() != null ? e.performanceDue() : noticeTerm.after(filingDay);
        c.status = CaseStatus.FILED;
        c.createdAt = now;
        c.updatedAt = now;
        e.parties().forEach(p -> c.addParty(toParty(p, c)));
        return CaseChange.created(c).step("立案 case filed: " + CaseChange.cny(c.amountOwed) + " owed; 执行通知书"
                        + " performance notice served, perform by " + c.performanceDue,
                new CaseEventDetail.CaseFiled(c.filedOn, c.basisType, c.performanceDue));
    }

    static CaseChange addParty(EnforcementCase c, CourtCaseEvent.PartyAdded e) {
        CaseTransitions.requireOpen(c, "change its parties");
        String idNumber = Respondents.normalised(e.party().idNumber());
        if (c.parties.stream().anyMatch(p -> p.idNumber.equals(idNumber))) {
            throw new ProblemException(ProblemType.PARTY_EXISTS,
                    "the case already has a party with this identifier (the same party twice, or an applicant as respondent)",
                    "party.idNumber");
        }
        CaseParty party = toParty(e.party(), c);
        c.addParty(party);
        return CaseChange.of(c).step("追加当事人 party added",
                new CaseEventDetail.PartyChanged(CaseMapper.toRef(party), null));
    }

    static CaseChange correctParty(EnforcementCase c, CourtCaseEvent.PartyCorrected e) {
        CaseTransitions.requireOpen(c, "change its parties");
        String previous = Respondents.normalised(e.previousIdNumber() != null ? e.previousIdNumber()
                : e.party().idNumber());
        CaseParty party = c.parties.stream().filter(p -> p.idNumber.equals(previous)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.PARTY_NOT_FOUND,
                        "no party of this case has that identifier", "previousIdNumber"));
        PartyRef corrected = e.party().normalised(false);
        if (c.parties.stream().anyMatch(p -> p != party && p.idNumber.equals(corrected.idNumber()))) {
            throw new ProblemException(ProblemType.PARTY_EXISTS, "another party of the case has this identifier",
                    "party.idNumber");
        }
        party.role = corrected.role();
        party.describe(corrected, isMinor(corrected, c));
        return CaseChange.of(c).step("更正当事人 party corrected",
                new CaseEventDetail.PartyChanged(CaseMapper.toRef(party), previous));
    }

    private static CaseParty toParty(PartyRef given, EnforcementCase c) {
        PartyRef p = given.normalised(false);
        CaseParty party = new CaseParty();
        party.id = UUID.randomUUID();
        party.role = p.role();
        party.describe(p, isMinor(p, c));
        party.enforcementCase = c;
        return party;
    }

    /** Minors are flagged from the birth date in the resident ID, on the filing date (shown with the case). */
    private static boolean isMinor(PartyRef p, EnforcementCase c) {
        return p.type() == PartyType.PERSON && IdentityNumbers.isMinorOn(p.idNumber(), c.filedOn);
    }
}
