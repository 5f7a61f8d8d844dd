package cn.lianxi.cases;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.ReferralKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * An order linked to a freeze of its case: a renewal (续冻) extending it, an unfreeze (解冻) releasing it, a
 * deduction (扣划) drawing on it. The bank's answer to it is found by the order's {@code requestId}.
 */
@Entity
@Table(name = "freeze_link")
public class FreezeLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "request_id", nullable = false)
    public String requestId;

    @Column(name = "freeze_id", nullable = false)
    public UUID freezeId;

    /** FREEZE_RENEWAL, UNFREEZE or DEDUCTION. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralKind kind;

    /** The order's amount; null for an unfreeze of the whole freeze, or a renewal of what is frozen. */
    @Column(name = "ordered_amount", precision = 18, scale = 2)
    public BigDecimal orderedAmount;

    /** What the bank's (last, possibly amended) answer released or deducted. */
    @Column(name = "answered_amount", precision = 18, scale = 2)
    public BigDecimal answeredAmount;
}
