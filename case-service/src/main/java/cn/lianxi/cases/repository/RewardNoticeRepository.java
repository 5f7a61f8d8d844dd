package cn.lianxi.cases.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.RewardLead;
import cn.lianxi.cases.RewardNotice;
import cn.lianxi.cases.RewardNoticeStatus;
import cn.lianxi.contracts.CaseStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes reward notices (悬赏公告) and the leads submitted on them. */
@ApplicationScoped
public class RewardNoticeRepository implements PanacheRepositoryBase<RewardNotice, UUID> {

    /**
     * What the public sees: published, unexpired, and the case not concluded (a notice is withdrawn with its case's
     * conclusion, 法释〔2017〕8号 art. 22 publishes it to find property still owed).
     */
    private static final String PUBLIC = "status = :published and validUntil > :now and caseId in "
            + "(select c.id from EnforcementCase c where c.status <> :concluded)";

    public Uni<List<RewardNotice>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("publishedAt").and("id"), caseId).list();
    }

    /** The case's notices still published, row-locked, for their withdrawal with the case's conclusion. */
    public Uni<List<RewardNotice>> publishedOfCaseForUpdate(UUID caseId) {
        return find("caseId = ?1 and status = ?2", Sort.by("publishedAt").and("id"), caseId,
                RewardNoticeStatus.PUBLISHED).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<RewardNotice> findByIdForUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** One page of the public notices, the newest first. */
    public Uni<List<RewardNotice>> published(Instant now, int page, int size) {
        return find(PUBLIC, Sort.by("publishedAt", Sort.Direction.Descending).and("id"), publicParameters(now))
                .page(Page.of(page, size)).list();
    }

    /** The notice if the public may see it now, else null. */
    public Uni<RewardNotice> publishedById(UUID id, Instant now) {
        return find(PUBLIC + " and id = :id", publicParameters(now).and("id", id)).firstResult();
    }

    public Uni<List<RewardLead>> leadsOfCase(UUID caseId) {
        return RewardLead.find("caseId", Sort.by("submittedAt").and("id"), caseId).list();
    }

    public Uni<RewardLead> leadForUpdate(UUID id) {
        return RewardLead.<RewardLead>find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private static Parameters publicParameters(Instant now) {
        return Parameters.with("published", RewardNoticeStatus.PUBLISHED).and("now", now)
                .and("concluded", CaseStatus.CONCLUDED);
    }
}
