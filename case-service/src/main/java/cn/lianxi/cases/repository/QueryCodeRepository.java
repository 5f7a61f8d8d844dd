package cn.lianxi.cases.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.PartyQueryCode;
import cn.lianxi.cases.PartyQueryFailure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The parties' query codes (查询码) and the wrong ones tried per case. */
@ApplicationScoped
public class QueryCodeRepository implements PanacheRepositoryBase<PartyQueryCode, UUID> {

    /** The codes of a case's parties (at most one per party). */
    public Uni<List<PartyQueryCode>> ofCase(UUID caseId) {
        return list("caseId", caseId);
    }

    /**
     * The case's count of wrong codes, created empty when there is none, row-locked until the transaction ends: two
     * guesses at one case are counted one after the other, never both against the same count. The insert first,
     * because a lock cannot be taken on a row that does not exist yet.
     */
    public Uni<PartyQueryFailure> failuresForUpdate(UUID caseId, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO party_query_failure (case_id, window_start, failures) VALUES (:id, :now, 0)
                ON CONFLICT (case_id) DO NOTHING""")
                .setParameter("id", caseId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .chain(() -> PartyQueryFailure.<PartyQueryFailure>find("caseId", caseId)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult());
    }
}
