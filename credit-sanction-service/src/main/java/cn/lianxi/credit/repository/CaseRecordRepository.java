package cn.lianxi.credit.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Reads and writes the case records and their respondents. */
@ApplicationScoped
public class CaseRecordRepository implements PanacheRepositoryBase<CaseRecord, UUID> {

    public Uni<List<CaseRespondent>> respondents(UUID caseId) {
        return CaseRespondent.list("caseId = ?1 order by name", caseId);
    }

    /** The respondent of {@code caseId} with this ID number, or null. */
    public Uni<CaseRespondent> respondent(UUID caseId, String idNumber) {
        return CaseRespondent.find("caseId = ?1 and idNumber = ?2", caseId, idNumber).firstResult();
    }

    /** Replaces the respondents with the event's snapshot. */
    public Uni<Void> replaceRespondents(UUID caseId, List<CaseRespondent> respondents) {
        return CaseRespondent.delete("caseId", caseId)
                .chain(() -> respondents.isEmpty() ? Uni.createFrom().voidItem() : CaseRespondent.persist(respondents))
                .replaceWithVoid();
    }
}
