package cn.lianxi.liaison;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.kit.persistence.CourtCaseRow;

/** A 拒执罪 lead (拒不执行判决、裁定罪线索) moving from the court to the police and the procuratorate. */
@Entity
@Table(name = "criminal_referral")
public class CriminalReferral extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "police_agency_id", nullable = false)
    public String policeAgencyId;

    @Column(name = "procuratorate_agency_id")
    public String procuratorateAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CriminalStage stage;

    @Column(name = "lead_summary")
    public String leadSummary;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
