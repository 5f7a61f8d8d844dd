package cn.lianxi.cases.rest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.service.CaseQueries;
import cn.lianxi.cases.service.CourtEventIntake;
import cn.lianxi.contracts.CourtEventKind;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.identity.IdentityNumbers;
import cn.lianxi.kit.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Turns a REST action of court staff into the court event of the same kind and runs it through the intake, so an
 * action and a court system's event are validated and applied by the same code. An {@code Idempotency-Key}
 * header becomes the event id: re-sending the action changes nothing.
 */
@ApplicationScoped
public class CaseActions {

    private final CourtEventIntake intake;
    private final CaseQueries queries;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final AuditLog audit;

    public CaseActions(CourtEventIntake intake, CaseQueries queries, ObjectMapper mapper, Caller caller,
            AuditLog audit) {
        this.intake = intake;
        this.queries = queries;
        this.mapper = mapper;
        this.caller = caller;
        this.audit = audit;
    }

    /** 立案 in the caller's court. */
    public Uni<EnforcementCase> file(FileCaseRequest request, String idempotencyKey) {
        String court = caller.requireCourt();
        ObjectNode node = event(request, CourtEventKind.CASE_FILED, idempotencyKey);
        node.put("courtCode", court);
        return submit(node, court);
    }

    /** An action on case {@code id}, which must be of the caller's court. */
    public Uni<EnforcementCase> act(UUID id, CourtEventKind kind, Object body, String idempotencyKey) {
        String court = caller.requireCourt();
        return queries.visible(id, court).chain(c -> {
            ObjectNode node = event(body, kind, idempotencyKey);
            node.put("courtCode", c.courtCode).put("caseNumber", c.caseNumber);
            return submit(node, court);
        });
    }

    /** A look-up by ID number reads personal data: it is audited (with the number masked). */
    public Uni<Void> auditLookup(String idNumber) {
        return Panache.withTransaction(() -> audit.append(caller.name(), "case.respondent-lookup",
                "respondent:" + IdentityNumbers.mask(idNumber), "by respondent ID number"));
    }

    private ObjectNode event(Object body, CourtEventKind kind, String idempotencyKey) {
        ObjectNode node = body == null ? mapper.createObjectNode() : mapper.valueToTree(body);
        node.put("eventId", idempotencyKey != null ? idempotencyKey : "rest-" + UUID.randomUUID());
        node.put("kind", kind.name());
        node.put("officer", caller.name());
        return node;
    }

    private Uni<EnforcementCase> submit(ObjectNode node, String court) {
        return intake.submit(node, court, caller.name(), CourtEventIntake.Channel.REST).chain(result -> {
            if (result.isRejected()) {
                return Uni.createFrom().failure(result.toProblem());
            }
            return queries.visible(result.caseId(), court);
        });
    }
}
