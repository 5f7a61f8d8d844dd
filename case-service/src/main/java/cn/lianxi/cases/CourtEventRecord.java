package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A court event the intake accepted (applied, or held until its case is filed), unique per court and event id. */
@Entity
@Table(name = "court_event")
public class CourtEventRecord extends PanacheEntityBase {

    /** Where an accepted court event stands. */
    public enum State {
        /** Applied to its case. */
        APPLIED,
        /** Waiting for its case to be filed. */
        HELD,
        /** Held, then refused when its case was filed (the reason says why). */
        REJECTED
    }

    @Id
    public UUID id;

    /** Arrival order, which breaks ties between held events of the same instant. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(nullable = false)
    public String kind;

    /** HTTP, KAFKA or REST (a judge's direct action). */
    @Column(nullable = false)
    public String channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    public String reason;

    @Column(name = "case_id")
    public UUID caseId;

    /** Who sent it (the caller, or {@code court-system:<court>} for Kafka); held events are applied in their name. */
    @Column(nullable = false)
    public String actor;

    /** The event as received, so a held event can be applied later exactly as sent. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "applied_at")
    public Instant appliedAt;
}
