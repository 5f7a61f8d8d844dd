package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A consumption restriction order (限制消费令) on a respondent. For a company it also binds its legal representative
 * and the persons in charge named in the order ({@link BoundPerson}).
 */
@Entity
@Table(name = "restriction_order")
public class RestrictionOrder extends PanacheEntityBase implements Sanction {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_name", nullable = false)
    public String subjectName;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "order_date", nullable = false)
    public LocalDate orderDate;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    /** Comma-separated {@link RestrictedBehaviour} names. */
    @Column(nullable = false)
    public String behaviours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SanctionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lift_reason")
    public LiftReason liftReason;

    @Column(name = "lift_due_by")
    public LocalDate liftDueBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    public List<String> behaviourList() {
        return Arrays.asList(behaviours.split(","));
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public void end(SanctionStatus newStatus, LiftReason reason, LocalDate dueBy, Instant at) {
        status = newStatus;
        liftReason = reason;
        liftDueBy = dueBy;
        liftedAt = at;
    }
}
