package cn.lianxi.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.BankruptcyTransferStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes the transfers to bankruptcy review (执转破) of cases. */
@ApplicationScoped
public class BankruptcyTransferRepository implements PanacheRepositoryBase<BankruptcyTransfer, UUID> {

    /** The case's transfers, oldest first. */
    public Uni<List<BankruptcyTransfer>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("decidedAt").and("id"), caseId).list();
    }

    /** The case's transfer still awaiting the receiving court's ruling (TRANSFERRED), or null. */
    public Uni<BankruptcyTransfer> pendingOfCase(UUID caseId) {
        return find("caseId = ?1 and status = ?2", caseId, BankruptcyTransferStatus.TRANSFERRED).firstResult();
    }

    /** The transfers addressed to {@code court} as receiving court, newest first. */
    public Uni<List<BankruptcyTransfer>> addressedTo(String court) {
        return find("receivingCourt", Sort.descending("decidedAt").and("id"), court).list();
    }

    /** The transfer, row-locked until the transaction ends, so two answers apply one after the other. */
    public Uni<BankruptcyTransfer> findByIdForUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
