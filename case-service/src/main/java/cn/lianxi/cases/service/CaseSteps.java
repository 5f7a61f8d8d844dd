package cn.lianxi.cases.service;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.contracts.Officer;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The frame of a court officer's step on one case outside the court-event intake (a 报告财产令, a reward notice):
 * one transaction that locks the case, hides another court's case (404), lets the rule decide the change, writes it
 * (timeline entries and published case events, {@link CaseChangeWriter}) and an audit entry.
 */
@ApplicationScoped
public class CaseSteps {

    /** Who takes a step: the token's name, the court it is bound to (null: every court) and the officer. */
    public record Actor(String name, String scope, Officer officer) {
    }

    /** What a step decided: the change to write, the audit action and detail (no personal data), the answer. */
    public record Decided<T>(CaseChange change, String action, String auditDetail, T answer) {
    }

    private final CaseRepository cases;
    private final CaseChangeWriter writer;
    private final AuditLog audit;

    public CaseSteps(CaseRepository cases, CaseChangeWriter writer, AuditLog audit) {
        this.cases = cases;
        this.writer = writer;
        this.audit = audit;
    }

    /** Runs {@code rule} on the locked case {@code caseId} in a transaction and writes what it decided. */
    public <T> Uni<T> run(UUID caseId, Actor actor, Function<EnforcementCase, Uni<Decided<T>>> rule) {
        return Panache.withTransaction(() -> cases.findByIdForUpdate(caseId).chain(c -> {
            if (c == null || !c.visibleTo(actor.scope())) {
                throw ProblemException.notFound("case");
            }
            return rule.apply(c);
        }).chain(d -> writer.write(d.change(), null, actor.name())
                .call(() -> audit.append(actor.name(), d.action(), caseId.toString(), d.auditDetail()))
                .replaceWith(d.answer())));
    }

    /** The case if {@code scope} may see it, in the caller's session; another court's is reported absent. */
    public Uni<EnforcementCase> visible(UUID caseId, String scope) {
        return cases.findById(caseId).map(c -> {
            if (c == null || !c.visibleTo(scope)) {
                throw ProblemException.notFound("case");
            }
            return c;
        });
    }
}
