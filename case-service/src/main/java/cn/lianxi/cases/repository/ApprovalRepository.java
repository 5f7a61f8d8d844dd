package cn.lianxi.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.ApprovalRequest;
import cn.lianxi.cases.ApprovalStatus;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes requests for approval (审批): one, row-locked for its decision; a court's queue. */
@ApplicationScoped
public class ApprovalRepository implements PanacheRepositoryBase<ApprovalRequest, UUID> {

    /** The request, row-locked until the transaction ends, so two officers cannot both decide it. */
    public Uni<ApprovalRequest> findByIdForUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** {@code court} null: every court's; {@code status} null: any. Oldest first: the longest waiting on top. */
    public Uni<List<ApprovalRequest>> queue(String court, ApprovalStatus status, int page, int size) {
        return query(court, status).page(Page.of(page, size)).list();
    }

    public Uni<Long> count(String court, ApprovalStatus status) {
        return query(court, status).count();
    }

    private PanacheQuery<ApprovalRequest> query(String court, ApprovalStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (court != null) {
            where.append(" and a.courtCode = :court");
            params.and("court", court);
        }
        if (status != null) {
            where.append(" and a.status = :status");
            params.and("status", status);
        }
        return find("from ApprovalRequest a where " + where, Sort.by("requestedAt").and("id"), params);
    }
}
