package cn.lianxi.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.lianxi.cases.CourtRequest;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CourtRequestOutcome;
import cn.lianxi.contracts.CourtRequestStatus;
import cn.lianxi.contracts.CourtRequestStep;

/**
 * A request between courts (事项委托) as either court sees it; {@code outcome}, {@code result}, {@code evidence},
 * {@code answeredBy} and {@code answeredAt} once answered.
 */
public record CourtRequestView(UUID id, UUID caseId, String caseNumber, String fromCourt, String toCourt,
        CourtRequestStep step, String details, LocalDate dueOn, CourtRequestStatus status,
        CourtRequestOutcome outcome, String result, List<CaseEventDetail.Evidence> evidence, String requestedBy,
        Instant requestedAt, String answeredBy, Instant answeredAt) {

    static CourtRequestView of(CourtRequest r, List<CaseEventDetail.Evidence> evidence) {
        return new CourtRequestView(r.id, r.caseId, r.caseNumber, r.courtCode, r.toCourt, r.step, r.details, r.dueOn,
                r.status, r.outcome, r.result, evidence, r.requestedBy, r.requestedAt, r.answeredBy, r.answeredAt);
    }
}
