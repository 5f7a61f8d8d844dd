package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The duty to lift every sanction of a case no later than three working days after a trigger (a conclusion or the
 * applicant's request; 法释〔2017〕7号 art. 10). Sanctions are lifted at once; the sweep re-checks open duties.
 */
@Entity
@Table(name = "lift_obligation")
public class LiftObligation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LiftReason reason;

    @Column(name = "triggered_on", nullable = false)
    public LocalDate triggeredOn;

    @Column(name = "due_by", nullable = false)
    public LocalDate dueBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "fulfilled_at")
    public Instant fulfilledAt;
}
