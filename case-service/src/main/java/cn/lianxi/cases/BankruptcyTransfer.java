package cn.lianxi.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * A transfer to bankruptcy review (执行案件移送破产审查, 执转破) of one enterprise respondent's case: the enforcing court's
 * decision (移送决定) on the written consent of an applicant or of the debtor (法发〔2017〕2号 art. 2 item (2)), addressed
 * to {@link #receivingCourt}, and that court's ruling: 受理 or 不予受理, with its date, document and reason.
 * {@code courtCode} / {@code caseNumber} are the enforcing court's; the receiving court's judges see the transfer by
 * {@link #addressedTo}.
 */
@Entity
@Table(name = "bankruptcy_transfer")
public class BankruptcyTransfer extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "respondent_party_id", nullable = false)
    public UUID respondentPartyId;

    /** The debtor's name, copied so that the receiving court's list needs no read of the case's parties. */
    @Column(name = "respondent_name", nullable = false)
    public String respondentName;

    /** The debtor's unified social credit code (统一社会信用代码). */
    @Column(name = "respondent_id_number", nullable = false)
    public String respondentIdNumber;

    /** 受移送法院: the bankruptcy court's code, from the court directory. */
    @Column(name = "receiving_court", nullable = false)
    public String receivingCourt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BankruptcyTransferStatus status;

    /** The consenting party (书面同意): an applicant of the case or the respondent transferred. */
    @Column(name = "consent_party_id", nullable = false)
    public UUID consentPartyId;

    @Column(name = "consent_given_on", nullable = false)
    public LocalDate consentGivenOn;

    @Column(name = "consent_document")
    public String consentDocument;

    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "ruling_date")
    public LocalDate rulingDate;

    @Column(name = "ruling_document")
    public String rulingDocument;

    @Column(name = "ruling_reason")
    public String rulingReason;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Whether a judge of {@code court} may see and answer this transfer as its receiving court. */
    public boolean addressedTo(String court) {
        return court != null && court.equals(receivingCourt);
    }
}
