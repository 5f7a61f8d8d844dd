package cn.lianxi.liaison.repository;

import cn.lianxi.contracts.AgencyStatus;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.liaison.Agency;
import cn.lianxi.contracts.AgencyKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes member agencies. */
@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    public Uni<List<Agency>> search(AgencyKind kind, AgencyStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kind != null) {
            query.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query.toString(), Sort.ascending("kind", "id"), params).list();
    }

    public Uni<Agency> activeBankByCode(String bankCode) {
        return find("kind = ?1 and bankCode = ?2 and status = ?3", AgencyKind.BANK, bankCode, AgencyStatus.ACTIVE)
                .firstResult();
    }

    /** The active agency of {@code kind} whose jurisdiction contains {@code courtCode} (lowest id first), or null. */
    public Uni<Agency> activeForCourt(AgencyKind kind, String courtCode) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT * FROM agency WHERE kind = :kind AND status = 'ACTIVE' "
                        + "AND CAST(:court AS text) = ANY(string_to_array(jurisdiction, ',')) ORDER BY id LIMIT 1",
                Agency.class)
                .setParameter("kind", kind.name()).setParameter("court", courtCode)
                .getResultList())
                .map(list -> list.isEmpty() ? null : list.get(0));
    }
}
