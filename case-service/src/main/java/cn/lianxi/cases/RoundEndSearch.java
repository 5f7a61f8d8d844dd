package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The schedule of a 终本 case's repeated nationwide search (终本后定期查询, 法〔2016〕373号 art. 9 para. 2): every
 * interval after 终本 until the horizon, unless the case is resumed first.
 */
@Entity
@Table(name = "round_end_search")
public class RoundEndSearch extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "concluded_at", nullable = false)
    public Instant concludedAt;

    /** No search is scheduled after this instant. */
    @Column(name = "searches_until", nullable = false)
    public Instant searchesUntil;

    /** When the next search is due; null when none is (horizon reached, case resumed). */
    @Column(name = "next_search_at")
    public Instant nextSearchAt;

    @Column(name = "searches_done", nullable = false)
    public int searchesDone;

    @Column(name = "last_search_at")
    public Instant lastSearchAt;
}
