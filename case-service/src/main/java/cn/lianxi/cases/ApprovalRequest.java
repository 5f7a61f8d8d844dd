package cn.lianxi.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * A sensitive case action waiting for a second officer (审批, 制度铁笼). The action's request body is kept as the
 * requester sent it, with the court event id it will carry and the requester as its officer, so that an approval
 * applies exactly the action that was asked for, as if it had been applied directly; a rejection keeps its reason.
 * Requester and decider are two different people (the table refuses the same name in both).
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupervisedAction action;

    /** The action's REST body (an {@code ActionRequests} record) as JSON, written by the service's mapper. */
    @Column(nullable = false)
    public String body;

    /** The court event id the action is applied with once approved. */
    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalStatus status;

    /** The requester's user name (the actor of the action, as for a direct action). */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** The requester as the officer (承办人) of a measure: the token's subject and name. */
    @Column(name = "requester_officer_id", nullable = false)
    public String requesterOfficerId;

    @Column(name = "requester_officer_name", nullable = false)
    public String requesterOfficerName;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;
}
