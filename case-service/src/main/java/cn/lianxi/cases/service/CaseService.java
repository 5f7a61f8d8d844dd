package cn.lianxi.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.CaseStatus;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.PartyType;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.rest.FileCaseRequest;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.kit.identity.IdentityNumbers;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Files and reads enforcement cases; every change is stored with its timeline entry and its outbox event. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final CaseEvents events;

    public CaseService(CaseRepository cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    @WithTransaction
    public Uni<EnforcementCase> file(String courtCode, FileCaseRequest request, String actor) {
        PartyValidation.check(request.parties());
        return cases.findByNumber(courtCode, request.caseNumber()).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("duplicate-case-number",
                        "this court already has a case with that number");
            }
            EnforcementCase c = newCase(courtCode, request);
            return cases.persist(c)
                    .chain(() -> timeline(c, "CASE_FILED", "立案 case filed", actor))
                    .chain(() -> events.publish(c, CaseEventKind.CASE_FILED, Map.of()))
                    .replaceWith(c);
        });
    }

    public Uni<EnforcementCase> get(UUID id) {
        return cases.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("case"));
    }

    public Uni<List<EnforcementCase>> list(String courtCode, CaseStatus status, int page, int size) {
        return cases.search(courtCode, status, page, size);
    }

    private static EnforcementCase newCase(String courtCode, FileCaseRequest request) {
        EnforcementCase c = new EnforcementCase();
        c.id = UUID.randomUUID();
        c.courtCode = courtCode;
        c.caseNumber = request.caseNumber();
        c.filedOn = request.filedOn();
        c.basisType = request.basisType().name();
        c.basisDocument = request.basisDocument();
        c.amountOwed = request.amountOwed();
        c.judge = request.judge();
        c.status = CaseStatus.FILED;
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        for (FileCaseRequest.PartyRequest p : request.parties()) {
            CaseParty party = new CaseParty();
            party.id = UUID.randomUUID();
            party.role = p.role();
            party.type = p.type();
            party.name = p.name();
            party.idNumber = p.idNumber().toUpperCase();
            party.minor = p.type() == PartyType.PERSON && IdentityNumbers.isMinorOn(party.idNumber, c.filedOn);
            party.legalRepresentative = p.legalRepresentative();
            c.addParty(party);
        }
        return c;
    }

    private static Uni<TimelineEntry> timeline(EnforcementCase c, String kind, String summary, String actor) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = c.id;
        entry.at = Instant.now();
        entry.kind = kind;
        entry.summary = summary;
        entry.actor = actor;
        return entry.persist();
    }
}
