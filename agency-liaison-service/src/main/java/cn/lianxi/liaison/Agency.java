package cn.lianxi.liaison;

import cn.lianxi.contracts.AgencyStatus;
import cn.lianxi.contracts.AgencyKind;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.liaison.mapping.CourtCodesConverter;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A member agency (成员单位) of the enforcement network: a bank, police bureau, procuratorate or other unit that
 * receives referrals. Its id (e.g. {@code BANK-ICBC}) is the {@code agency_id} claim of its staff's tokens.
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyKind kind;

    @Column(nullable = false)
    public String name;

    /** 银行代码 (e.g. 102 for ICBC) for banks; null otherwise. */
    @Column(name = "bank_code")
    public String bankCode;

    /** The court codes whose cases this agency serves (police and procuratorates route by it). */
    @Convert(converter = CourtCodesConverter.class)
    @Column(nullable = false)
    public List<String> jurisdiction = List.of();

    public String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyChannel channel = AgencyChannel.PULL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyStatus status = AgencyStatus.ACTIVE;

    /** The agency's public seal key (SubjectPublicKeyInfo PEM, key id = {@link #id}), or null when none is registered. */
    @Column(name = "seal_key")
    public String sealKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
