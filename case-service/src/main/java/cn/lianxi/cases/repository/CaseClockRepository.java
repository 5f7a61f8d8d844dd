package cn.lianxi.cases.repository;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.CaseClock;
import cn.lianxi.cases.ClockKind;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The clocks of the data cage (数据铁笼). */
@ApplicationScoped
public class CaseClockRepository implements PanacheRepositoryBase<CaseClock, UUID> {

    public Uni<Boolean> exists(UUID caseId, ClockKind kind, String subject) {
        return count("caseId = ?1 and kind = ?2 and subject = ?3", caseId, kind, subject).map(n -> n > 0);
    }

    /**
     * Stops the running clocks of the case of {@code kind} (every kind when null) and {@code subject} (any when null);
     * one that stops after its due time is breached at that time, even if no sweep saw it running.
     */
    public Uni<Integer> stop(UUID caseId, ClockKind kind, String subject, Instant now) {
        Parameters p = Parameters.with("now", now).and("case", caseId);
        StringBuilder where = new StringBuilder(" where caseId = :case and stoppedAt is null");
        if (kind != null) {
            where.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (subject != null) {
            where.append(" and subject = :subject");
            p.and("subject", subject);
        }
        return update("stoppedAt = :now, breachedAt = coalesce(breachedAt, case when dueAt < :now then dueAt end)"
                + where, p);
    }

    /** Marks the clock breached by {@code agency}, once; a stopped clock too (an agency answered after another). */
    public Uni<Integer> breach(UUID caseId, ClockKind kind, String subject, String agency, Instant now) {
        return update("breachedAt = :now, breachedBy = :agency where caseId = :case and kind = :kind"
                + " and subject = :subject and breachedAt is null",
                Parameters.with("now", now).and("agency", agency).and("case", caseId).and("kind", kind)
                        .and("subject", subject));
    }

    public Uni<List<CaseClock>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("startedAt").and("kind"), caseId).list();
    }

    /** Breaches of the courts of {@code scope}, of {@code kind} (every kind when null), newest first. */
    public Uni<List<CaseClock>> breaches(CourtScope court, ClockKind kind, int page, int size) {
        Parameters p = new Parameters();
        return find(breachesOf(court, kind, p), Sort.by("breachedAt", Sort.Direction.Descending).and("id"), p)
                .page(Page.of(page, size)).list();
    }

    public Uni<Long> countBreaches(CourtScope court, ClockKind kind) {
        Parameters p = new Parameters();
        return count(breachesOf(court, kind, p), p);
    }

    /** The criteria only name what is asked: a null parameter would leave PostgreSQL guessing its type. */
    private static String breachesOf(CourtScope court, ClockKind kind, Parameters p) {
        StringBuilder q = new StringBuilder("breachedAt is not null");
        if (!court.isEvery()) {
            q.append(" and courtCode in :courts");
            p.and("courts", court.courts());
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        return q.toString();
    }

    /** The running clocks of a case moved to {@code court} (交叉执行, 提级执行): the new court answers for them. */
    public Uni<Integer> moveRunning(UUID caseId, String court) {
        return update("courtCode = ?1 where caseId = ?2 and stoppedAt is null and breachedAt is null", court, caseId);
    }
}
