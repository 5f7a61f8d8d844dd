package cn.lianxi.liaison;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.ReceiptStage;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A signed delivery receipt (送达回执) the platform issued for one stage of one referral. {@code receipt} is the
 * canonical JSON of the {@link cn.lianxi.contracts.DeliveryReceipt} without its seal, kept as text so the bytes the
 * seal covers stay exactly as they were sealed.
 */
@Entity
@Table(name = "referral_receipt")
public class ReferralReceipt extends PanacheEntityBase {

    /** Issue order: the receipts of a referral are listed as they were issued. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReceiptStage stage;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String receipt;

    @Column(nullable = false)
    public String seal;
}
