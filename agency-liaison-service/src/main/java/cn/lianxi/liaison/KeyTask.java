package cn.lianxi.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.lianxi.contracts.ReportEscalation;
import cn.lianxi.contracts.ReportingCycle;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A yearly key task of the joint meeting (年度重点任务) with its owner unit and due date, reported on every cycle
 * (报送周期) from its creation until it is done; a meeting's decision (会议决定事项) may have created it.
 */
@Entity
@Table(name = "jm_key_task")
public class KeyTask extends PanacheEntityBase {

    /** Where a task stands on a given day. */
    public enum State { ON_TRACK, LATE, DONE }

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "owner_unit", nullable = false)
    public String ownerUnit;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** Percent done, from the latest progress report. */
    @Column(nullable = false)
    public int progress;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The decision of a meeting that created it; null for a task assigned directly. */
    @Column(name = "decision_id")
    public UUID decisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportingCycle cycle = ReportingCycle.MONTHLY;

    /** How many cycles the sweep has looked at (cycles 1..sweptCycles). */
    @Column(name = "swept_cycles", nullable = false)
    public int sweptCycles;

    /** When cycle {@code sweptCycles + 1} ends: the sweep looks at the task again then. */
    @Column(name = "next_sweep_at", nullable = false)
    public Instant nextSweepAt;

    @Column(name = "last_reported_cycle")
    public Integer lastReportedCycle;

    @Column(name = "last_reported_at")
    public Instant lastReportedAt;

    /** Ended cycles without a report since the last report (连续未报送). */
    @Column(name = "consecutive_missed", nullable = false)
    public int consecutiveMissed;

    @Column(name = "missed_total", nullable = false)
    public int missedTotal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportEscalation escalation = ReportEscalation.NONE;

    @Version
    public long version;

    public State stateOn(LocalDate day) {
        if (doneOn != null) {
            return State.DONE;
        }
        return dueOn.isBefore(day) ? State.LATE : State.ON_TRACK;
    }
}
