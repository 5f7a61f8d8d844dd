package cn.lianxi.liaison.repository;

import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.liaison.CaseSnapshot;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The cases' amounts as their latest events tell them. */
@ApplicationScoped
public class CaseSnapshotRepository implements PanacheRepositoryBase<CaseSnapshot, UUID> {

    /**
     * Keeps the event's snapshot unless a newer one is already kept: events of one case arrive in order on their key,
     * but a redelivered or late one must not roll the amounts back. One statement, idempotent.
     */
    public Uni<Void> keep(CaseEvent e) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO case_snapshot (case_id, amount_owed, amount_recovered, as_of, event_id)
                VALUES (:caseId, :owed, :recovered, :asOf, :eventId)
                ON CONFLICT (case_id) DO UPDATE SET amount_owed = EXCLUDED.amount_owed,
                    amount_recovered = EXCLUDED.amount_recovered, as_of = EXCLUDED.as_of, event_id = EXCLUDED.event_id
                WHERE case_snapshot.as_of <= EXCLUDED.as_of""")
                .setParameter("caseId", e.caseId())
                .setParameter("owed", e.amountOwed())
                .setParameter("recovered", e.amountRecovered())
                .setParameter("asOf", e.occurredAt().atOffset(ZoneOffset.UTC))
                .setParameter("eventId", e.eventId())
                .executeUpdate()).replaceWithVoid();
    }
}
