package cn.lianxi.credit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A partner agency asked whether an ID is restricted. Only the masked ID is kept. */
@Entity
@Table(name = "sanction_check")
public class SanctionCheck extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "masked_id", nullable = false)
    public String maskedId;

    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;
}
