package cn.lianxi.liaison;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One step of a criminal referral's history, in order. */
@Entity
@Table(name = "criminal_step")
public class CriminalStep extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "criminal_referral_id", nullable = false)
    public UUID criminalReferralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CriminalStage stage;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    public String note;
}
