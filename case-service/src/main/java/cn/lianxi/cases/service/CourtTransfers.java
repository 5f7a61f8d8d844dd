package cn.lianxi.cases.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.Court;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.CaseClockRepository;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.repository.CourtRepository;
import cn.lianxi.contracts.CourtTransferMode;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * 交叉执行 / 提级执行: an intermediate court's division head (执行局长) moves a case of a court it leads to another
 * ({@link CourtTransferRules}), in one transaction with the case row locked: the case's court, its timeline, the
 * published {@code COURT_TRANSFERRED} (outbox), the running clocks (the new court answers for them) and the audit.
 */
@ApplicationScoped
public class CourtTransfers {

    /** The transfer asked for: the receiving court's code, the mode, the reason. */
    public record Transfer(String toCourt, CourtTransferMode mode, String reason) {
    }

    private final CaseSteps steps;
    private final CourtScopes scopes;
    private final CourtRepository courts;
    private final CaseRepository cases;
    private final CaseClockRepository clocks;

    public CourtTransfers(CaseSteps steps, CourtScopes scopes, CourtRepository courts, CaseRepository cases,
            CaseClockRepository clocks) {
        this.steps = steps;
        this.scopes = scopes;
        this.courts = courts;
        this.cases = cases;
        this.clocks = clocks;
    }

    /** Moves case {@code caseId} of the caller's scope (another court's: 404) as {@code t} asks. */
    public Uni<EnforcementCase> transfer(UUID caseId, Transfer t, Caller caller) {
        CaseSteps.Actor actor = new CaseSteps.Actor(caller.name(), caller.requireCourt(), caller.officer());
        return scopes.of(caller).chain(scope -> steps.run(caseId, scope, actor, c -> courts.findById(actor.scope())
                .chain(head -> courts.findById(t.toCourt()).chain(to -> clash(c, to).chain(() -> {
                    String from = c.courtCode;
                    CaseChange change = CourtTransferRules.transfer(c, head, to, t.mode(), t.reason(),
                            actor.officer());
                    return clocks.moveRunning(c.id, c.courtCode).replaceWith(new CaseSteps.Decided<>(change,
                            "case.court-transferred", "from=" + from + "; to=" + c.courtCode + "; mode=" + t.mode(),
                            c));
                })))));
    }

    /** The receiving court may not have a case of the same number already (checked before the case moves). */
    private Uni<Void> clash(EnforcementCase c, Court to) {
        if (to == null || to.code.equals(c.courtCode)) {
            return Uni.createFrom().voidItem();
        }
        return cases.findByNumber(to.code, c.caseNumber).invoke(other -> {
            if (other != null) {
                throw ProblemException.conflict(ProblemType.CONFLICT, "court " + to.code
                        + " already has a case numbered " + c.caseNumber);
            }
        }).replaceWithVoid();
    }
}
