package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PerformanceCapacity;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import cn.lianxi.credit.PropertyReportBreachRecord;
import cn.lianxi.credit.RespondentCapacity;
import cn.lianxi.credit.repository.CaseRecordRepository;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** Keeps the record of every case this service hears of, from the snapshot each case event carries. */
@ApplicationScoped
public class CaseRecords {

    private final CaseRecordRepository cases;
    private final Clock clock;

    public CaseRecords(CaseRecordRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Creates or updates the case's record from {@code event} (a contract-valid event: every snapshot field is
     * there); must run inside the consuming transaction.
     */
    public Uni<CaseRecord> apply(CaseEvent event) {
        return cases.findById(event.caseId()).chain(existing -> {
            CaseRecord c = existing == null ? newRecord(event.caseId()) : existing;
            c.courtCode = event.courtCode();
            c.caseNumber = event.caseNumber();
            c.status = event.status();
            c.amountOwed = event.amountOwed();
            c.amountRecovered = event.amountRecovered();
            c.enforcementMeasures |= isMeasure(event.detail());
            if (event.detail() instanceof CaseEventDetail.CaseConcluded concluded) {
                c.conclusionType = concluded.conclusionType();
            }
            if (event.detail() instanceof CaseEventDetail.CaseFiled filed) {
                c.performanceDue = filed.performanceDue();
            }
            c.lastEventId = event.eventId();
            c.lastEventAt = event.occurredAt();
            c.updatedAt = clock.instant();
            Uni<CaseRecord> saved = existing == null ? cases.persist(c) : Uni.createFrom().item(c);
            return saved.call(cases::flush)
                    .call(() -> cases.replaceRespondents(c.id, toRespondents(c.id, event.respondents())));
        });
    }

    /** Keeps the judge's latest finding on a respondent's capacity to perform; in the consuming transaction. */
    public Uni<Void> recordCapacity(UUID caseId, CaseEventDetail.CapacityFound found, Instant at) {
        String idNumber = found.respondent().idNumber().toUpperCase();
        return RespondentCapacity.<RespondentCapacity>findById(new RespondentCapacity.Key(caseId, idNumber))
                .chain(existing -> {
                    RespondentCapacity r = existing != null ? existing : new RespondentCapacity();
                    r.caseId = caseId;
                    r.idNumber = idNumber;
                    r.capacity = found.finding();
                    r.reason = found.reason();
                    r.foundAt = at;
                    return existing != null ? Uni.createFrom().voidItem() : r.persist().replaceWithVoid();
                });
    }

    /**
     * Keeps a breach of the property-reporting duty the judge found (法释〔2017〕8号 art. 9), once per order; in the
     * consuming transaction.
     */
    public Uni<Void> recordReportingBreach(UUID caseId, CaseEventDetail.PropertyReportBreached breached, Instant at) {
        return PropertyReportBreachRecord.<PropertyReportBreachRecord>findById(
                new PropertyReportBreachRecord.Key(caseId, breached.orderId())).chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    PropertyReportBreachRecord b = new PropertyReportBreachRecord();
                    b.caseId = caseId;
                    b.orderId = breached.orderId();
                    b.idNumber = breached.respondent().idNumber().toUpperCase();
                    b.breach = breached.breach();
                    b.foundAt = at;
                    return b.persist().replaceWithVoid();
                });
    }

    /** True when the case shows a breach of the property-reporting duty by the respondent {@code idNumber}. */
    public Uni<Boolean> hasReportingBreach(UUID caseId, String idNumber) {
        return PropertyReportBreachRecord.count("caseId = ?1 and idNumber = ?2", caseId, idNumber).map(n -> n > 0);
    }

    /** The judge's latest finding on the respondent {@code idNumber} of the case, or null when none was made. */
    public Uni<PerformanceCapacity> capacity(UUID caseId, String idNumber) {
        return RespondentCapacity.<RespondentCapacity>findById(new RespondentCapacity.Key(caseId, idNumber))
                .map(r -> r == null ? null : r.capacity);
    }

    public Uni<CaseRecord> get(UUID caseId) {
        return cases.findById(caseId).onItem().ifNull().failWith(() -> ProblemException.notFound("case"));
    }

    public Uni<List<CaseRespondent>> respondents(UUID caseId) {
        return cases.respondents(caseId);
    }

    /** The respondent of the case with this ID number; a 400 naming the rule when there is none. */
    public Uni<CaseRespondent> respondent(UUID caseId, String idNumber, String field) {
        return cases.respondent(caseId, idNumber).onItem().ifNull().failWith(() -> ProblemException.badRequest(ProblemType.NOT_A_RESPONDENT, field, "the ID number is not a respondent (被执行人) of this case"));
    }

    /** A freeze, deduction, listing or restriction shows the debt was not paid voluntarily (no 守信激励). */
    private static boolean isMeasure(CaseEventDetail detail) {
        return detail instanceof CaseEventDetail.FreezeOrdered || detail instanceof CaseEventDetail.DeductionOrdered
                || detail instanceof CaseEventDetail.DishonestListingDecided
                || detail instanceof CaseEventDetail.ConsumptionRestrictionOrdered;
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
            r.describe(p.normalised(p.minor()), p.minor());
            return r;
        }).toList();
    }
}
