package cn.lianxi.liaison;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.CommendationKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A commendation of the year (表彰): a member unit (先进集体) or a person of one (先进个人). */
@Entity
@Table(name = "jm_commendation")
public class Commendation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommendationKind kind;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    /** The person commended; only for {@link CommendationKind#INDIVIDUAL}. */
    public String person;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
