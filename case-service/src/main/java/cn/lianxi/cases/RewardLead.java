package cn.lianxi.cases;

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
 * A lead (财产线索) anyone submitted on a reward notice, registered in the order received (法释〔2017〕8号 art. 23);
 * the submitter's identity and the lead are confidential, seen by the case's court only. The judge records whether it
 * proved useful and the reward paid for it (art. 24).
 */
@Entity
@Table(name = "reward_lead")
public class RewardLead extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String lead;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_phone", nullable = false)
    public String contactPhone;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** Null until the judge assessed it. */
    public Boolean useful;

    /** CNY, scale 2; null when none was paid. */
    @Column(name = "reward_paid")
    public BigDecimal rewardPaid;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    @Version
    public long version;
}
