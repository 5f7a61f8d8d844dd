package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.SanctionKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * An application for credit repair (信用修复) by a respondent: on a performed debt, or before full performance on a
 * {@link RepairBasis} with what it {@link #covers} fixed when applied for (such a repair lifts early, so the database
 * refuses its decision by the officer who recorded it).
 */
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

    /** What the repair rests on before full performance; null on a performed debt. */
    @Enumerated(EnumType.STRING)
    public RepairBasis basis;

    /** With a basis: the sanctions an approval lifts, comma-separated {@code SanctionKind} names; else null. */
    public String covers;

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

    /** The sanctions an approval lifts: those it covers, or every kind on a performed debt. */
    public Set<SanctionKind> coveredKinds() {
        return covers == null ? EnumSet.allOf(SanctionKind.class)
                : Arrays.stream(covers.split(",")).map(SanctionKind::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
