package cn.lianxi.liaison;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A case's amounts (执行标的 owed, 已执行到位 recovered) as case-service last told them in a case event's snapshot.
 * Liaison reads no case-service table: this copy is what lets it refuse a deduction larger than the debt still owed.
 */
@Entity
@Table(name = "case_snapshot")
public class CaseSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "amount_owed", nullable = false)
    public BigDecimal amountOwed;

    @Column(name = "amount_recovered", nullable = false)
    public BigDecimal amountRecovered;

    /** When case-service made the change the snapshot shows (the event's {@code occurredAt}). */
    @Column(name = "as_of", nullable = false)
    public Instant asOf;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;
}
