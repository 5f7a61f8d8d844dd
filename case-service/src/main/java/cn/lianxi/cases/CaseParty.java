package cn.lianxi.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.lianxi.contracts.PartyRole;
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
}
