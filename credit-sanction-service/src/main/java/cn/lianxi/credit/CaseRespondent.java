package cn.lianxi.credit;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.lianxi.contracts.PartyType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A respondent (被执行人) of a {@link CaseRecord}, as the case's last event listed it. */
@Entity
@Table(name = "case_respondent")
public class CaseRespondent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false)
    public PartyType type;

    @Column(nullable = false)
    public String name;

    /** Resident ID (GB 11643) or unified social credit code (GB 32100). */
    @Column(name = "id_number", nullable = false)
    public String idNumber;

    public boolean minor;

    @Column(name = "legal_representative")
    public String legalRepresentative;

    public boolean isCompany() {
        return type == PartyType.COMPANY;
    }
}
