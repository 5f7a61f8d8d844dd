package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One measure of a case that went to an agency as a referral (执行措施登记): the court's order ({@code requestId}, the
 * event id it was published with), its kind, and whether the agency answered it or the court cancelled it (撤销).
 */
@Entity
@Table(name = "case_measure")
public class CaseMeasure extends PanacheEntityBase {

    /** PENDING until the agency answers (ANSWERED) or the court cancels it (CANCELLED). */
    public enum State { PENDING, ANSWERED, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "request_id", nullable = false)
    public String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_kind", nullable = false)
    public ReferralKind referralKind;

    /** The respondent the measure is aimed at. */
    @Column(name = "respondent_id_number", nullable = false)
    public String respondentIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The last agency outcome on it, or null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    public OutcomeType lastOutcome;

    @Column(name = "ordered_at", nullable = false)
    public Instant orderedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
