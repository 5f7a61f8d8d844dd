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
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One entry of the dishonest-debtor list (失信被执行人名单): a respondent of a case, listed on a statutory ground. */
@Entity
@Table(name = "dishonest_listing")
public class DishonestListing extends PanacheEntityBase implements Sanction {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    /** PERSON or COMPANY. */
    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_name", nullable = false)
    public String subjectName;

    /** Resident ID or unified social credit code. */
    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    /** 1 to 6, see {@link ListingGround}. */
    @Column(nullable = false)
    public int ground;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    /** 决定书文号 */
    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "period_months", nullable = false)
    public int periodMonths;

    /** End of the period: the listing expires on this date. */
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

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

    @Version
    public long version;

    public ListingGround groundValue() {
        return ListingGround.of(ground).orElseThrow();
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
