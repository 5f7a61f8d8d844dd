package cn.lianxi.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One clock of a case (数据铁笼 计时): started by a step of the case, stopped by the step that answers it, breached when
 * its term passed first. A breach stays recorded when the clock stops later: late is late.
 */
@Entity
@Table(name = "case_clock")
public class CaseClock extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClockKind kind;

    /** The order it times (its {@code requestId}), or empty for a clock of the case as a whole. */
    @Column(nullable = false)
    public String subject;

    /** Who started it (the officer or system whose step started the clock): whose superior sees the breach. */
    @Column(nullable = false)
    public String officer;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** For a clock timed here; null for one an agency's deadline times. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    /** The late agency for a breach an agency caused; null when the court's own term passed. */
    @Column(name = "breached_by")
    public String breachedBy;
}
