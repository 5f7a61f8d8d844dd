package cn.lianxi.kit.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.PartyType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A party (当事人) of an enforcement case as a service stores it: the columns of the contract's {@link PartyRef}
 * (without its role, which not every service keeps). case-service stores every party of its cases, credit the
 * respondents its sanctions fall on; both copy them from the same record, so the columns and the copy live here once.
 *
 * <p>Mapped, not an entity: each subclass names its own table, whose migration declares {@code party_type},
 * {@code name}, {@code id_number} NOT NULL, {@code minor} NOT NULL DEFAULT false and {@code legal_representative}.
 */
@MappedSuperclass
public abstract class PartyColumns extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false)
    public PartyType type;

    @Column(nullable = false)
    public String name;

    /** Resident ID (居民身份证号码, GB 11643) or unified social credit code (统一社会信用代码, GB 32100). */
    @Column(name = "id_number", nullable = false)
    public String idNumber;

    /** A person under 18 on the case's filing date (from the birth date in the resident ID). */
    public boolean minor;

    /** A company's legal representative (法定代表人); null for a person. */
    @Column(name = "legal_representative")
    public String legalRepresentative;

    /** Takes type, name, identifier and legal representative from {@code p} as given, and {@code isMinor}. */
    public void describe(PartyRef p, boolean isMinor) {
        type = p.type();
        name = p.name();
        idNumber = p.idNumber();
        minor = isMinor;
        legalRepresentative = p.legalRepresentative();
    }

    public boolean isCompany() {
        return type == PartyType.COMPANY;
    }
}
