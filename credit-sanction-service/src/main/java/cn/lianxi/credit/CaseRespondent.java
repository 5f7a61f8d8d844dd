package cn.lianxi.credit;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.lianxi.kit.persistence.PartyColumns;

/** A respondent (被执行人) of a {@link CaseRecord}, as the case's last event listed it. */
@Entity
@Table(name = "case_respondent")
public class CaseRespondent extends PartyColumns {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;
}
