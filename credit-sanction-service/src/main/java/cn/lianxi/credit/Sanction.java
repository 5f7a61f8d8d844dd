package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import cn.lianxi.contracts.PartyType;
import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * What listings and restriction orders share: a sanction on one respondent of one case, decided by a document,
 * that ends (lifted or expired) with a legal reason and a due date.
 */
@MappedSuperclass
public abstract class Sanction extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public PartyType subjectType;

    @Column(name = "subject_name", nullable = false)
    public String subjectName;

    /** Resident ID or unified social credit code. */
    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    /** 决定书文号 */
    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SanctionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lift_reason")
    public LiftReason liftReason;

    /** The last day the lifting was allowed to happen (three working days after its trigger). */
    @Column(name = "lift_due_by")
    public LocalDate liftDueBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public UUID id() {
        return id;
    }

    /** Ends the sanction; {@code dueBy} is the last day the law allowed for it. */
    public void end(SanctionStatus newStatus, LiftReason reason, LocalDate dueBy, Instant at) {
        status = newStatus;
        liftReason = reason;
        liftDueBy = dueBy;
        liftedAt = at;
    }
}
