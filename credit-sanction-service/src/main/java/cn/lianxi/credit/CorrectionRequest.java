package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A listed party's written request for correction (纠正申请, 法释〔2017〕7号 art. 11); the court decides within 15 days
 * of receipt (art. 12).
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest extends PanacheEntityBase {

    /** The kinds of request art. 11 allows. */
    public enum Kind {
        /** 不应将其纳入失信被执行人名单 */
        SHOULD_NOT_BE_LISTED,
        /** 记载和公布的失信信息不准确 */
        INACCURATE_INFORMATION,
        /** 失信情形已消除 */
        CIRCUMSTANCES_REMOVED
    }

    /** Where a request stands. */
    public enum Status {
        OPEN, UPHELD, REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String statement;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** 15 days after receipt. */
    @Column(name = "due_by", nullable = false)
    public LocalDate dueBy;

    @Column(nullable = false)
    public String status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
