package cn.lianxi.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PerformanceCapacity;
import cn.lianxi.kit.persistence.PartyColumns;

/** A party (当事人) of an enforcement case: an applicant or a respondent, with the party columns of the kit. */
@Entity
@Table(name = "case_party")
public class CaseParty extends PartyColumns {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public EnforcementCase enforcementCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole role;

    /**
     * A respondent's capacity to perform as the judge last found it: will not (失信) or cannot (失能); null until
     * found. An UNABLE respondent is not listed on ground (1) (法释〔2017〕7号 art. 1(1), art. 3).
     */
    @Enumerated(EnumType.STRING)
    public PerformanceCapacity capacity;

    /** Why the judge found so (e.g. the investigation found no assets). */
    @Column(name = "capacity_reason")
    public String capacityReason;

    @Column(name = "capacity_found_at")
    public Instant capacityFoundAt;
}
