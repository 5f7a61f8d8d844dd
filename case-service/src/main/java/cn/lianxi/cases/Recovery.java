package cn.lianxi.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One report of money received for a case (执行到位): a court's payment report or a bank's deduction answer, a row of
 * the case's ledger. Every report is kept; {@code counted} marks those whose sum is the amount recovered (one per
 * transfer reference; an amended answer instead of the one it replaces).
 */
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

    /** The court event or agency outcome that reported it. */
    @Column(name = "event_id", nullable = false)
    public String eventId;

    /** The transfer's reference (a bank's 流水号, a receipt number): one transfer counts once. */
    @Column(name = "transfer_reference", nullable = false)
    public String transferReference;

    /** For an amended bank answer: the event id of the report it replaces. */
    public String replaces;

    /** A bank's own answer, which prevails over the court's report of the same transfer. */
    @Column(name = "from_agency", nullable = false)
    public boolean fromAgency;

    /** Whether it counts in the amount recovered (not a second report of a transfer, not replaced). */
    @Column(nullable = false)
    public boolean counted;
}
