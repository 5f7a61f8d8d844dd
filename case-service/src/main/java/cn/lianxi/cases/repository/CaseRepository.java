package cn.lianxi.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CaseStatus;
import cn.lianxi.cases.EnforcementCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes enforcement cases. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<EnforcementCase, UUID> {

    public Uni<EnforcementCase> findByNumber(String courtCode, String caseNumber) {
        return find("courtCode = ?1 and caseNumber = ?2", courtCode, caseNumber).firstResult();
    }

    /** Cases of one court (or of all when {@code courtCode} is null), optionally of one status, newest first. */
    public Uni<List<EnforcementCase>> search(String courtCode, CaseStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (courtCode != null) {
            query.append(" and courtCode = :court");
            params.and("court", courtCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query.toString(), Sort.descending("filedOn").and("caseNumber"), params)
                .page(Page.of(page, size)).list();
    }
}
