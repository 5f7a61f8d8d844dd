package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.CourtRequest;
import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.repository.CourtRepository;
import cn.lianxi.cases.repository.CourtRequestRepository;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CourtRequestOutcome;
import cn.lianxi.contracts.CourtRequestStatus;
import cn.lianxi.contracts.CourtRequestStep;
import cn.lianxi.contracts.Labels;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.time.ReportPeriod;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * 事项委托 / 异地执行协作 (民事诉讼法 (2017 text) art. 229 (委托执行) and 法释〔2011〕11号 (委托执行若干问题的规定)):
 * the case's court asks another court of the table to serve a document, investigate or seize by a date; that court
 * answers once. Both steps are written like every case step
 * ({@link CaseSteps}: the requesting case locked, its timeline, the published case event, the clock
 * {@code COURT_REQUEST_TO_ANSWER}, the audit) in one transaction; the request row with them.
 */
@ApplicationScoped
public class CourtRequests {

    /** What the case's court asks. */
    public record Ask(String toCourt, CourtRequestStep step, String details, LocalDate dueOn) {
    }

    /** The receiving court's answer. */
    public record Answer(CourtRequestOutcome outcome, String summary, List<CaseEventDetail.Evidence> evidence) {
    }

    /** The figures of a period: per requesting and receiving court. */
    public record Figures(LocalDate from, LocalDate to, List<CourtRequestRepository.Pair> requests) {
    }

    private final CaseSteps steps;
    private final CourtRepository courts;
    private final CourtRequestRepository requests;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CourtRequests(CaseSteps steps, CourtRepository courts, CourtRequestRepository requests,
            ObjectMapper mapper, Clock clock) {
        this.steps = steps;
        this.courts = courts;
        this.requests = requests;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Sends {@code ask} for case {@code caseId} of the actor's court (another court's case: 404). */
    public Uni<CourtRequest> send(UUID caseId, Ask ask, CaseSteps.Actor actor) {
        return steps.run(caseId, actor, c -> courts.findById(ask.toCourt()).chain(to -> {
            if (to == null || to.code.equals(c.courtCode)) {
                throw new ProblemException(ProblemType.COURT_OUT_OF_SCOPE,
                        "a request goes to a known court other than the case's", "toCourt");
            }
            if (ask.dueOn().isBefore(PlatformClock.today(clock))) {
                throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "dueOn", "dueOn is in the past");
            }
            CourtRequest r = new CourtRequest();
            r.id = UUID.randomUUID();
            r.caseId = c.id;
            r.courtCode = c.courtCode;
            r.caseNumber = c.caseNumber;
            r.toCourt = to.code;
            r.step = ask.step();
            r.details = ask.details();
            r.dueOn = ask.dueOn();
            r.status = CourtRequestStatus.SENT;
            r.requestedBy = actor.name();
            r.requestedAt = clock.instant();
            CaseChange change = CaseChange.of(c).step(Labels.zh("CaseEventKind", "COURT_REQUEST_SENT") + " "
                    + Labels.zh("CourtRequestStep", r.step.name()) + " → " + to.code + ", " + r.dueOn,
                    new CaseEventDetail.CourtRequestSent(r.id, r.courtCode, r.toCourt, r.step, r.details, r.dueOn,
                            actor.officer()));
            return requests.persist(r).replaceWith(new CaseSteps.Decided<>(change, "court-request.sent",
                    "request=" + r.id + "; to=" + r.toCourt + "; step=" + r.step, r));
        }));
    }

    /**
     * The receiving court's answer, once (a second: 409 {@code already-answered}); any court but the receiving one
     * gets 404. The requesting case is locked first, then the request, as {@link #send} does.
     */
    public Uni<CourtRequest> answer(UUID requestId, Answer answer, CaseSteps.Actor actor) {
        CourtScope scope = CourtScope.of(actor.scope());
        return Panache.withSession(() -> requests.findById(requestId)).chain(found -> {
            if (found == null || !found.addressedTo(scope)) {
                throw ProblemException.notFound("court request");
            }
            CaseSteps.Actor unscoped = new CaseSteps.Actor(actor.name(), null, actor.officer());
            return steps.run(found.caseId, unscoped, c -> requests.findByIdForUpdate(requestId).chain(r -> {
                if (r.status == CourtRequestStatus.ANSWERED) {
                    throw new ProblemException(ProblemType.ALREADY_ANSWERED, 409, "the request was answered at "
                            + r.answeredAt, "id");
                }
                Instant now = clock.instant();
                r.status = CourtRequestStatus.ANSWERED;
                r.outcome = answer.outcome();
                r.result = answer.summary();
                r.evidence = json(answer.evidence());
                r.answeredBy = actor.name();
                r.answeredAt = now;
                CaseChange change = CaseChange.of(c).step(Labels.zh("CaseEventKind", "COURT_REQUEST_ANSWERED")
                        + " " + r.toCourt + ": " + Labels.zh("CourtRequestOutcome", r.outcome.name()),
                        new CaseEventDetail.CourtRequestAnswered(r.id, r.courtCode, r.toCourt, r.step, r.outcome,
                                r.result, answer.evidence(), actor.officer()));
                return Uni.createFrom().item(new CaseSteps.Decided<>(change, "court-request.answered",
                        "request=" + r.id + "; outcome=" + r.outcome, r));
            }));
        });
    }

    /** The requests sent to {@code court}, open first. */
    public Uni<List<CourtRequest>> inbox(String court) {
        return Panache.withSession(() -> requests.inbox(court));
    }

    /** One request, for the requesting or the receiving court (or a caller of every court); 404 otherwise. */
    public Uni<CourtRequest> get(UUID id, CourtScope scope) {
        return Panache.withSession(() -> requests.findById(id)).map(r -> {
            if (r == null || !(scope.includes(r.courtCode) || r.addressedTo(scope))) {
                throw ProblemException.notFound("court request");
            }
            return r;
        });
    }

    /** The figures of {@code [from, to]} (UTC days, as every period of the figures) over the requests in scope. */
    public Uni<Figures> figures(ReportPeriod period, CourtScope scope) {
        return requests.figures(period.start().toInstant(), period.end().toInstant(), scope)
                .map(pairs -> new Figures(period.from(), period.to(), pairs));
    }

    /** The answer's evidence as stored. */
    private String json(List<CaseEventDetail.Evidence> evidence) {
        try {
            return mapper.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence is not serialisable", e);
        }
    }

    /** The stored evidence, read back. */
    public List<CaseEventDetail.Evidence> evidence(CourtRequest r) {
        if (r.evidence == null) {
            return List.of();
        }
        try {
            return List.of(mapper.readValue(r.evidence, CaseEventDetail.Evidence[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not readable", e);
        }
    }
}
