package cn.lianxi.liaison.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.liaison.KeyTask;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The joint meeting's statements that Panache does not say: tasks locked for the reporting sweep
 * ({@code FOR UPDATE SKIP LOCKED}), a missed report written once, and the bulletin number of the year.
 */
@ApplicationScoped
public class JointMeetingRepository {

    /** Unfinished tasks whose next cycle has ended by {@code now}, locked for the sweep. */
    public Uni<List<KeyTask>> lockDueForSweep(Instant now, int max) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT * FROM jm_key_task WHERE done_on IS NULL AND next_sweep_at <= :now ORDER BY next_sweep_at "
                        + "LIMIT :max FOR UPDATE SKIP LOCKED", KeyTask.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("max", max)
                .getResultList());
    }

    /** Records cycle {@code cycle} of the task as missed; false when it already was (a cycle is missed once). */
    public Uni<Boolean> markMissed(KeyTask task, int cycle, Instant start, Instant end, String escalation,
            Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO jm_missed_report (task_id, cycle, unit, cycle_start, cycle_end, escalation, marked_at)
                VALUES (:task, :cycle, :unit, :start, :end, :escalation, :now) ON CONFLICT DO NOTHING""")
                .setParameter("task", task.id)
                .setParameter("cycle", cycle)
                .setParameter("unit", task.ownerUnit)
                .setParameter("start", start.atOffset(ZoneOffset.UTC))
                .setParameter("end", end.atOffset(ZoneOffset.UTC))
                .setParameter("escalation", escalation)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate().map(n -> n == 1));
    }

    /**
     * The next bulletin number N of {@code year} (from 1). The counter row stays locked until the issuing transaction
     * ends, so concurrent issues wait for each other and never share a number.
     */
    public Uni<Integer> nextBulletinSeq(int year) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO jm_bulletin_counter (year, last) VALUES (:year, 0) ON CONFLICT DO NOTHING")
                .setParameter("year", year).executeUpdate()
                .chain(() -> session.createNativeQuery(
                        "UPDATE jm_bulletin_counter SET last = last + 1 WHERE year = :year")
                        .setParameter("year", year).executeUpdate())
                .chain(() -> session.createNativeQuery(
                        "SELECT last FROM jm_bulletin_counter WHERE year = :year", Integer.class)
                        .setParameter("year", year).getSingleResult()));
    }
}
