package cn.lianxi.cases.service;

import java.time.Instant;
import java.util.UUID;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.CaseStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.PartyRole;
import cn.lianxi.cases.PartyType;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.kit.identity.IdentityNumbers;
import cn.lianxi.kit.problem.ProblemException;

/** 立案 and party changes (追加 / 更正当事人). */
final class FilingRules {

    private FilingRules() {
    }

    static CaseChange file(EnforcementCase existing, CourtCaseEvent e, Instant now) {
        if (existing != null) {
            throw ProblemException.conflict("duplicate-case-number", "this court already has a case with that number");
        }
        EnforcementCase c = new EnforcementCase();
        c.id = UUID.randomUUID();
        c.courtCode = e.courtCode();
        c.caseNumber = e.caseNumber();
        c.filedOn = e.filedOn();
        c.basisType = e.basisType();
        c.basisDocument = e.basisDocument();
        c.amountOwed = e.amountOwed();
        c.judge = e.judge();
        c.status = CaseStatus.FILED;
        c.createdAt = now;
        c.updatedAt = now;
        e.parties().forEach(p -> c.addParty(toParty(p, c)));
        long minors = c.parties.stream().filter(p -> p.minor).count();
        return CaseChange.created(c).step(CaseEventKind.CASE_FILED, "立案 case filed", Details.of()
                .put("basisType", c.basisType).put("basisDocument", c.basisDocument).put("filedOn", c.filedOn)
                .put("judge", c.judge).put("minorParties", minors > 0 ? minors : null).map());
    }

    static CaseChange addParty(EnforcementCase c, CourtCaseEvent e) {
        CaseTransitions.requireOpen(c, "change its parties");
        String idNumber = PartyValidation.upper(e.party().idNumber());
        if (c.parties.stream().anyMatch(p -> p.idNumber.equals(idNumber) && p.role.name().equals(e.party().role()))) {
            throw new ProblemException(409, "party-exists", "the case already has this party in this role",
                    "party.idNumber");
        }
        CaseParty party = toParty(e.party(), c);
        c.addParty(party);
        return CaseChange.of(c).step(CaseEventKind.PARTY_CHANGED, "追加当事人 party added", Details.of()
                .put("change", "ADDED").put("party", CaseMapper.toRef(party)).map());
    }

    static CaseChange correctParty(EnforcementCase c, CourtCaseEvent e) {
        CaseTransitions.requireOpen(c, "change its parties");
        String previous = PartyValidation.upper(e.previousIdNumber() != null ? e.previousIdNumber()
                : e.party().idNumber());
        CaseParty party = c.parties.stream().filter(p -> p.idNumber.equals(previous)).findFirst()
                .orElseThrow(() -> new ProblemException(409, "party-not-found",
                        "no party of this case has that identifier", "previousIdNumber"));
        PartyRef corrected = e.party();
        party.role = PartyRole.valueOf(corrected.role());
        party.type = PartyType.valueOf(corrected.type());
        party.name = corrected.name();
        party.idNumber = PartyValidation.upper(corrected.idNumber());
        party.legalRepresentative = corrected.legalRepresentative();
        party.minor = isMinor(party.type, party.idNumber, c);
        return CaseChange.of(c).step(CaseEventKind.PARTY_CHANGED, "更正当事人 party corrected", Details.of()
                .put("change", "CORRECTED").put("previousIdNumber", previous).put("party", CaseMapper.toRef(party))
                .map());
    }

    private static CaseParty toParty(PartyRef p, EnforcementCase c) {
        CaseParty party = new CaseParty();
        party.id = UUID.randomUUID();
        party.role = PartyRole.valueOf(p.role());
        party.type = PartyType.valueOf(p.type());
        party.name = p.name();
        party.idNumber = PartyValidation.upper(p.idNumber());
        party.minor = isMinor(party.type, party.idNumber, c);
        party.legalRepresentative = p.legalRepresentative();
        party.enforcementCase = c;
        return party;
    }

    /** Minors are flagged from the birth date in the resident ID, on the filing date. */
    private static boolean isMinor(PartyType type, String idNumber, EnforcementCase c) {
        return type == PartyType.PERSON && IdentityNumbers.isMinorOn(idNumber, c.filedOn);
    }
}
