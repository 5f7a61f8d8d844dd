package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An application for credit repair (信用修复) by a respondent whose debt is performed. */
@Entity
@Table(name = "credit_repair")
public class CreditRepair extends PanacheEntityBase {

    /** Where an application stands. */
    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "subject_name", nullable = false)
    public String subjectName;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false)
    public String statement;

    @Column(nullable = false)
    public String status;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** 信用修复证明 verification code, set on approval. */
    @Column(name = "certificate_code")
    public String certificateCode;

    @Column(name = "certificate_date")
    public LocalDate certificateDate;
}
