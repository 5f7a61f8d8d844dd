package cn.lianxi.credit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * What a listed party's written application and the court's examination of it record, whichever it is: a request
 * for correction (纠正申请, art. 11) or a reconsideration (复议, art. 12). Both are decided within 15 days of receipt.
 */
@MappedSuperclass
public abstract class ExaminedApplication extends PanacheEntityBase {

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
