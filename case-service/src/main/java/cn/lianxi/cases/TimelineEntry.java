package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One thing that happened to a case, in the order it happened: the case timeline (案件流程节点). */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order: several entries of one transaction share the same instant. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String actor;

    /** The event that caused it (court event id or agency outcome id), if any. */
    @Column(name = "event_id")
    public String eventId;

    /** The structured facts as JSON (the same map as the published event's {@code detail}). */
    public String detail;

    /** The key id (court code) that sealed the case event this entry was published as; null when none was sealed. */
    @Column(name = "sealed_by")
    public String sealedBy;
}
