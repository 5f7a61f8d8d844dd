package cn.lianxi.cases.service;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Another service's event about a case (an agency outcome, a credit refusal): the case is locked, must exist and
 * belong to the court the event names, then the decided change is stored and audited in the caller's transaction.
 */
@ApplicationScoped
public class ForeignChanges {

    /** Who sent it and what the audit entry says about it. */
    public record Origin(String eventId, String actor, String auditAction, String auditDetail) {
    }

    private final CaseRepository cases;
    private final CaseChangeWriter writer;
    private final AuditLog audit;

    public ForeignChanges(CaseRepository cases, CaseChangeWriter writer, AuditLog audit) {
        this.cases = cases;
        this.writer = writer;
        this.audit = audit;
    }

    public Uni<EnforcementCase> apply(UUID caseId, String courtCode, Origin origin,
            Function<EnforcementCase, CaseChange> decide) {
        return cases.findByIdForUpdate(caseId).chain(c -> {
            if (c == null) {
                throw new ProblemException(ProblemType.UNKNOWN_CASE, "no case " + caseId, "caseId");
            }
            if (!c.courtCode.equals(courtCode)) {
                throw new ProblemException(ProblemType.COURT_MISMATCH, 409, "the event names another court than the case's",
                        "courtCode");
            }
            return writer.write(decide.apply(c), origin.eventId(), origin.actor())
                    .call(() -> audit.append(origin.actor(), origin.auditAction(), c.id.toString(), origin.auditDetail()));
        });
    }
}
