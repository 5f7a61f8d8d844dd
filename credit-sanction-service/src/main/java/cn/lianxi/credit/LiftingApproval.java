package cn.lianxi.credit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.SanctionKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * An officer's early lifting (提前删除 / 解除) of a listing or restriction, or of a whole case's sanctions, waiting for a
 * second credit officer (审批, 制度铁笼). It keeps the lifting as asked (sanction, legal reason, note) so that an approval
 * lifts exactly that; requester and decider are two people (the table refuses the same name in both), a rejection
 * keeps its reason. A case-wide lifting is one request with no sanction ({@link #caseWide}).
 */
@Entity
@Table(name = "lifting_approval")
public class LiftingApproval extends PanacheEntityBase {

    /** Where a request stands: PENDING until a second officer approves or rejects it, once. */
    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Id
    public UUID id;

    /** Null with {@link #sanctionId}: a case-wide lifting. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_kind")
    public SanctionKind sanctionKind;

    @Column(name = "sanction_id")
    public UUID sanctionId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LiftReason reason;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    /** The lifting of every sanction of the case its reason lifts ({@code POST /sanctions/cases/{id}/lifting}). */
    public boolean caseWide() {
        return sanctionId == null;
    }
}
