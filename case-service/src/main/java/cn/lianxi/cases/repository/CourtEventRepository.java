package cn.lianxi.cases.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtEventRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Accepted court events, and those held for a case not yet filed. */
@ApplicationScoped
public class CourtEventRepository implements PanacheRepositoryBase<CourtEventRecord, UUID> {

    public Uni<CourtEventRecord> findByEventId(String courtCode, String eventId) {
        return find("courtCode = ?1 and eventId = ?2", courtCode, eventId).firstResult();
    }

    /** Events held for one case number of one court, in the order they happened at the court (then arrived). */
    public Uni<List<CourtEventRecord>> held(String courtCode, String caseNumber) {
        return find("courtCode = ?1 and caseNumber = ?2 and state = ?3",
                Sort.by("occurredAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("seq"),
                courtCode, caseNumber, CourtEventRecord.State.HELD).list();
    }

    /** The held events of one court, oldest first: what a court system should look at. */
    public Uni<List<CourtEventRecord>> heldOf(String courtCode, int page, int size) {
        return find("courtCode = ?1 and state = ?2", Sort.by("seq"), courtCode, CourtEventRecord.State.HELD)
                .page(page, size).list();
    }
}
