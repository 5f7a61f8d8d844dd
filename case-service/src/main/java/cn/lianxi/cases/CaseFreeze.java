package cn.lianxi.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One freeze of a case (冻结登记): the court's order (its {@code requestId}, account, bank, ordered amount) and what
 * the bank answered (frozen amount, end, status). Renewals, unfreezes and deductions link to it ({@link FreezeLink}).
 */
@Entity
@Table(name = "case_freeze")
public class CaseFreeze extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The freeze order's court event id, as published in its {@code AccountOrder.requestId}. */
    @Column(name = "request_id", nullable = false)
    public String requestId;

    @Column(name = "respondent_id_number", nullable = false)
    public String respondentIdNumber;

    @Column(name = "bank_code")
    public String bankCode;

    @Column(name = "agency_id")
    public String agencyId;

    @Column(name = "account_number", nullable = false)
    public String accountNumber;

    @Column(name = "ordered_amount", nullable = false, precision = 18, scale = 2)
    public BigDecimal orderedAmount;

    /** What the bank froze (its last FROZEN, renewal or take-effect answer); null until answered. */
    @Column(name = "frozen_amount", precision = 18, scale = 2)
    public BigDecimal frozenAmount;

    @Column(name = "frozen_until")
    public LocalDate frozenUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FreezeStatus status;

    @Column(name = "ordered_at", nullable = false)
    public Instant orderedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
