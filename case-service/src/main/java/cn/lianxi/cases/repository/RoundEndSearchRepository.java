package cn.lianxi.cases.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.RoundEndSearch;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The 终本 search schedules. */
@ApplicationScoped
public class RoundEndSearchRepository implements PanacheRepositoryBase<RoundEndSearch, UUID> {

    /** Cases with a search due, earliest first (not locked: each is claimed in its own transaction). */
    public Uni<List<UUID>> dueCases(Instant now, int max) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT case_id FROM round_end_search WHERE next_search_at <= :now ORDER BY next_search_at LIMIT :max",
                UUID.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("max", max)
                .getResultList());
    }

    /**
     * The case's schedule if a search is still due, row-locked; null when another instance took it meanwhile
     * (SKIP LOCKED) or already advanced it. Take the case's lock first, as the intake does, so the two never wait
     * on each other in opposite order.
     */
    public Uni<RoundEndSearch> claimDue(UUID caseId, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT * FROM round_end_search WHERE case_id = :id AND next_search_at <= :now
                FOR UPDATE SKIP LOCKED""", RoundEndSearch.class)
                .setParameter("id", caseId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
