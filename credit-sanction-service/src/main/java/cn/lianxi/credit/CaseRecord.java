package cn.lianxi.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * An enforcement case (执行案件) as this service knows it from case-service's events: the snapshot of its last event.
 * Sanctions hang off it; this service never reads case-service's tables.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(nullable = false)
    public String status;

    /** FULL_PERFORMANCE, SETTLEMENT_PERFORMED, TERMINATION, TERMINATION_OF_THIS_ROUND, NON_ENFORCEMENT, … */
    @Column(name = "conclusion_type")
    public String conclusionType;

    @Column(name = "amount_owed")
    public BigDecimal amountOwed;

    @Column(name = "amount_recovered")
    public BigDecimal amountRecovered;

    /** A freeze, deduction, listing or restriction was ordered, so performance was not voluntary. */
    @Column(name = "enforcement_measures", nullable = false)
    public boolean enforcementMeasures;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The debt is performed (履行完毕): concluded by performance, or everything owed recovered. */
    public boolean debtPerformed() {
        if ("FULL_PERFORMANCE".equals(conclusionType) || "SETTLEMENT_PERFORMED".equals(conclusionType)) {
            return true;
        }
        return amountOwed != null && amountRecovered != null && amountOwed.signum() > 0
                && amountRecovered.compareTo(amountOwed) >= 0;
    }
}
