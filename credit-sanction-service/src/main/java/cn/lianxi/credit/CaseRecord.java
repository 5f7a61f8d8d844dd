package cn.lianxi.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * An enforcement case (执行案件) as this service knows it from case-service's events: the snapshot of its last event.
 * Sanctions hang off it; this service never reads case-service's tables.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord extends CourtCaseRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    /** How the case was concluded, from its CASE_CONCLUDED event; null while it is open. */
    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion_type")
    public ConclusionType conclusionType;

    @Column(name = "amount_owed")
    public BigDecimal amountOwed;

    @Column(name = "amount_recovered")
    public BigDecimal amountRecovered;

    /** A freeze, deduction, listing or restriction was ordered, so performance was not voluntary. */
    @Column(name = "enforcement_measures", nullable = false)
    public boolean enforcementMeasures;

    /**
     * The deadline of the performance notice served at filing (执行通知书), from the CASE_FILED event; the listing
     * grace period (宽限期) runs from it. Null when the filing carried none.
     */
    @Column(name = "performance_due")
    public Instant performanceDue;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The debt is performed (履行完毕): concluded by performance, or everything owed recovered. */
    public boolean debtPerformed() {
        if (conclusionType == ConclusionType.FULL_PERFORMANCE
                || conclusionType == ConclusionType.SETTLEMENT_PERFORMED) {
            return true;
        }
        return amountOwed != null && amountRecovered != null && amountOwed.signum() > 0
                && amountRecovered.compareTo(amountOwed) >= 0;
    }
}
