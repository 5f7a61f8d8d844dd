package cn.lianxi.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A yearly key task of the joint meeting (年度重点任务) with its owner unit and due date. */
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

    @Version
    public long version;

    public State stateOn(LocalDate day) {
        if (doneOn != null) {
            return State.DONE;
        }
        return dueOn.isBefore(day) ? State.LATE : State.ON_TRACK;
    }
}
