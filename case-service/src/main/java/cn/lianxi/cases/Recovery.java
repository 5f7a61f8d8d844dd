package cn.lianxi.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Money recovered for a case (执行到位): a payment or an agency's deduction. */
@Entity
@Table(name = "recovery")
public class Recovery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    /** VOLUNTARY, DEDUCTION, AUCTION, SETTLEMENT, OTHER, or AGENCY_DEDUCTION for an agency outcome. */
    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "event_id", nullable = false)
    public String eventId;
}
