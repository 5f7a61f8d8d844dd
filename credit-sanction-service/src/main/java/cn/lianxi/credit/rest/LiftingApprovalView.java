package cn.lianxi.credit.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.LiftingApproval;

/**
 * A request for approval of an early lifting (审批) as the API shows it: the lifting asked for (sanction, legal
 * reason, note), who asked and when, and, once decided, who decided, when and (a rejection) why. Without
 * {@code sanction} and {@code sanctionId}: the case-wide lifting of case {@code caseId}'s sanctions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiftingApprovalView(UUID id, SanctionKind sanction, UUID sanctionId, UUID caseId, LiftReason reason,
        String note, LiftingApproval.Status status, String requestedBy, Instant requestedAt, String decidedBy,
        Instant decidedAt, String rejectionReason) {

    static LiftingApprovalView of(LiftingApproval a) {
        return new LiftingApprovalView(a.id, a.sanctionKind, a.sanctionId, a.caseId, a.reason, a.note, a.status,
                a.requestedBy, a.requestedAt, a.decidedBy, a.decidedAt, a.rejectionReason);
    }
}
