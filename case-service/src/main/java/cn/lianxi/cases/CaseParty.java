package cn.lianxi.cases;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A party (当事人) of an enforcement case. */
@Entity
@Table(name = "case_party")
public class CaseParty extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public EnforcementCase enforcementCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false)
    public PartyType type;

    @Column(nullable = false)
    public String name;

    /** Resident ID (居民身份证号码, GB 11643) or unified social credit code (统一社会信用代码, GB 32100). */
    @Column(name = "id_number", nullable = false)
    public String idNumber;

    /** Under 18 on the filing date (from the birth date in the resident ID). */
    public boolean minor;

    @Column(name = "legal_representative")
    public String legalRepresentative;
}
