package cn.lianxi.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.contracts.CourtRequestOutcome;
import cn.lianxi.contracts.CourtRequestStatus;
import cn.lianxi.contracts.CourtRequestStep;
import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * A request between courts (事项委托 / 异地执行协作, 民事诉讼法 (2017 text) art. 229): the case's court ({@code courtCode},
 * the requesting court) asks {@link #toCourt} to do one step by {@link #dueOn}; that court answers once. Either court
 * sees the request ({@link #visibleTo} or {@link #addressedTo}).
 */
@Entity
@Table(name = "court_request")
public class CourtRequest extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "to_court", nullable = false)
    public String toCourt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourtRequestStep step;

    @Column(nullable = false)
    public String details;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourtRequestStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public CourtRequestOutcome outcome;

    /** The answer's summary. */
    public String result;

    /** The answer's evidence as JSON, {@code [{name, sha256, mediaType}]}. */
    public String evidence;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Whether a caller confined to {@code scope} works at the receiving court. */
    public boolean addressedTo(CourtScope scope) {
        return !scope.isEvery() && scope.includes(toCourt);
    }
}
