package cn.lianxi.credit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One entry of the joint-sanctions exchange history (联合惩戒): the same {@code SanctionEvent} that goes out on
 * {@code credit.sanctions.v1}, numbered in commit order for partner agencies that pull by cursor.
 */
@Entity
@Table(name = "sanction_change")
public class ExchangeEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** Filled by the database (identity); writers are serialised so it follows commit order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
