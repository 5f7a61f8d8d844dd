package cn.lianxi.cases.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.Petition;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes petitions (涉执信访): a case's, a court's queue. */
@ApplicationScoped
public class PetitionRepository implements PanacheRepositoryBase<Petition, UUID> {

    /**
     * {@link Petition#overdue} in HQL: not answered by the deadline, still open after it or answered after it. The
     * figures ({@link PetitionStatsRepository}) say the same in SQL.
     */
    static final String OVERDUE = "(p.answeredAt is not null and p.answeredAt > p.deadline)"
            + " or (p.answeredAt is null and p.deadline < :now)";

    /** The case's petitions, in the order they were registered. */
    public Uni<List<Petition>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("registeredAt").and("id"), caseId).list();
    }

    /** The petition, row-locked until the transaction ends, so its steps apply one after another. */
    public Uni<Petition> findByIdForUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<List<Petition>> queue(PetitionCriteria criteria, Instant now) {
        return query(criteria, now).page(Page.of(criteria.page(), criteria.size())).list();
    }

    public Uni<Long> count(PetitionCriteria criteria, Instant now) {
        return query(criteria, now).count();
    }

    private PanacheQuery<Petition> query(PetitionCriteria c, Instant now) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (c.courtCode() != null) {
            where.append(" and p.courtCode = :court");
            params.and("court", c.courtCode());
        }
        if (c.status() != null) {
            where.append(" and p.status = :status");
            params.and("status", c.status());
        }
        if (c.overdue() != null) {
            where.append(c.overdue() ? " and (" + OVERDUE + ")" : " and not (" + OVERDUE + ")");
            params.and("now", now);
        }
        return find("from Petition p where " + where, Sort.by("deadline").and("id"), params);
    }
}
