package cn.lianxi.credit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A good-faith record (守信激励): the respondent performed in full without any enforcement measure. */
@Entity
@Table(name = "good_faith_record")
public class GoodFaithRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(name = "subject_name", nullable = false)
    public String subjectName;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "performed_on", nullable = false)
    public LocalDate performedOn;
}
