package cn.lianxi.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.PropertyReportOrder;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes the 报告财产令 of cases and their reports. */
@ApplicationScoped
public class PropertyReportRepository implements PanacheRepositoryBase<PropertyReportOrder, UUID> {

    /** The case's orders, in the order issued. */
    public Uni<List<PropertyReportOrder>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("orderedAt").and("id"), caseId).list();
    }

    /** The order, row-locked until the transaction ends, so its report and its breach apply one after another. */
    public Uni<PropertyReportOrder> findByIdForUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
