package cn.lianxi.credit.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import cn.lianxi.credit.repository.CaseRecordRepository;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** Keeps the record of every case this service hears of, from the snapshot each case event carries. */
@ApplicationScoped
public class CaseRecords {

    /** Events that show the debt was not paid voluntarily (no 守信激励 for such a case). */
    private static final Set<CaseEventKind> MEASURES = EnumSet.of(CaseEventKind.FREEZE_ORDERED,
            CaseEventKind.DEDUCTION_ORDERED, CaseEventKind.DISHONEST_LISTING_DECIDED,
            CaseEventKind.CONSUMPTION_RESTRICTION_ORDERED);

    private final CaseRecordRepository cases;
    private final Clock clock;

    public CaseRecords(CaseRecordRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** Creates or updates the case's record from {@code event}; must run inside the consuming transaction. */
    public Uni<CaseRecord> apply(CaseEvent event) {
        return cases.findById(event.caseId()).chain(existing -> {
            CaseRecord c = existing == null ? newRecord(event.caseId()) : existing;
            c.courtCode = event.courtCode();
            c.caseNumber = event.caseNumber();
            c.status = event.status() == null ? c.status : event.status();
            c.amountOwed = event.amountOwed() == null ? c.amountOwed : event.amountOwed();
            c.amountRecovered = event.amountRecovered() == null ? c.amountRecovered : event.amountRecovered();
            c.enforcementMeasures |= MEASURES.contains(event.kind());
            if (event.kind() == CaseEventKind.CASE_CONCLUDED && event.detail() != null) {
                c.conclusionType = String.valueOf(event.detail().get("conclusionType"));
            }
            c.lastEventId = event.eventId();
            c.lastEventAt = event.occurredAt() == null ? clock.instant() : event.occurredAt();
            c.updatedAt = clock.instant();
            Uni<CaseRecord> saved = existing == null ? cases.persist(c) : Uni.createFrom().item(c);
            if (event.respondents() == null) {
                return saved;
            }
            return saved.call(cases::flush)
                    .call(() -> cases.replaceRespondents(c.id, toRespondents(c.id, event.respondents())));
        });
    }

    public Uni<CaseRecord> get(UUID caseId) {
        return cases.findById(caseId).onItem().ifNull().failWith(() -> ProblemException.notFound("case"));
    }

    public Uni<List<CaseRespondent>> respondents(UUID caseId) {
        return cases.respondents(caseId);
    }

    /** The respondent of the case with this ID number; a 400 naming the rule when there is none. */
    public Uni<CaseRespondent> respondent(UUID caseId, String idNumber, String field) {
        return cases.respondent(caseId, idNumber).onItem().ifNull().failWith(() -> ProblemException.badRequest(
                "not-a-respondent", field, "the ID number is not a respondent (被执行人) of this case"));
    }

    private static CaseRecord newRecord(UUID id) {
        CaseRecord c = new CaseRecord();
        c.id = id;
        return c;
    }

    private static List<CaseRespondent> toRespondents(UUID caseId, List<PartyRef> parties) {
        return parties.stream().map(p -> {
            CaseRespondent r = new CaseRespondent();
            r.id = UUID.randomUUID();
            r.caseId = caseId;
            r.type = p.type() == null ? "PERSON" : p.type();
            r.name = p.name();
            r.idNumber = p.idNumber() == null ? "" : p.idNumber().toUpperCase();
            r.minor = p.minor();
            r.legalRepresentative = p.legalRepresentative();
            return r;
        }).toList();
    }
}
