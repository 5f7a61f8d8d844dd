package cn.lianxi.cases.repository;

import cn.lianxi.kit.problem.ProblemException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.PartyRole;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/** Reads and writes enforcement cases. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<EnforcementCase, UUID> {

    public Uni<EnforcementCase> findByNumber(String courtCode, String caseNumber) {
        return find("courtCode = ?1 and caseNumber = ?2", courtCode, caseNumber).firstResult();
    }

    /** The case, row-locked until the transaction ends, so one case's events apply one after another. */
    public Uni<EnforcementCase> findByNumberForUpdate(String courtCode, String caseNumber) {
        return find("courtCode = ?1 and caseNumber = ?2", courtCode, caseNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<EnforcementCase> findByIdForUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The case if {@code scope} may see it; a case of a court outside is reported absent (404). */
    public Uni<EnforcementCase> findVisible(UUID id, CourtScope scope) {
        return findById(id).map(c -> visible(c, scope));
    }

    /** {@link #findVisible}, locked for the caller's transaction. */
    public Uni<EnforcementCase> findVisibleForUpdate(UUID id, CourtScope scope) {
        return findByIdForUpdate(id).map(c -> visible(c, scope));
    }

    private static EnforcementCase visible(EnforcementCase c, CourtScope scope) {
        if (c == null || !scope.includes(c.courtCode)) {
            throw ProblemException.notFound("case");
        }
        return c;
    }

    /** One page of the cases matching {@code criteria}. */
    public Uni<List<EnforcementCase>> search(CaseCriteria criteria) {
        return query(criteria).page(Page.of(criteria.page(), criteria.size())).list();
    }

    public Uni<Long> count(CaseCriteria criteria) {
        return query(criteria).count();
    }

    private PanacheQuery<EnforcementCase> query(CaseCriteria c) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        condition(where, params, "courtCode in :courts", "courts", c.courts());
        condition(where, params, "caseNumber = :number", "number", c.caseNumber());
        condition(where, params, "status = :status", "status", c.status());
        condition(where, params, "judge = :judge", "judge", c.judge());
        condition(where, params, "filedOn >= :from", "from", c.filedFrom());
        condition(where, params, "filedOn <= :to", "to", c.filedTo());
        if (c.respondentIdNumber() != null) {
            // an exists sub-query keeps one row per case and uses the (id_number, role) index
            where.append(" and exists (select 1 from CaseParty p where p.enforcementCase = e and p.role = :role"
                    + " and p.idNumber = :idNumber)");
            params.and("role", PartyRole.RESPONDENT).and("idNumber", c.respondentIdNumber());
        }
        return find("from EnforcementCase e where " + where, c.toSort(), params);
    }

    private static void condition(StringBuilder where, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and e.").append(clause);
            params.and(name, value);
        }
    }
}
