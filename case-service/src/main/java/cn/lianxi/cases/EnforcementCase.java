package cn.lianxi.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import cn.lianxi.contracts.BasisType;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * An enforcement case (执行案件): a court's order to make the respondents (被执行人) pay the applicants
 * (申请执行人) what a judgment, arbitral award or notarised debt instrument says they owe.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase extends CourtCaseRow {

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_type", nullable = false)
    public BasisType basisType;

    @Column(name = "basis_document", nullable = false)
    public String basisDocument;

    @Column(name = "amount_owed", nullable = false, precision = 18, scale = 2)
    public BigDecimal amountOwed;

    @Column(name = "amount_recovered", nullable = false, precision = 18, scale = 2)
    public BigDecimal amountRecovered = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion_type")
    public ConclusionType conclusionType;

    /** While SUSPENDED (中止): the status to return to on resumption. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    public CaseStatus suspendedFrom;

    public String judge;

    /** While concluded as 终本: when a bank first reported assets of a respondent since; the case may be resumed. */
    @Column(name = "assets_found_at")
    public Instant assetsFoundAt;

    /**
     * The deadline of the performance notice served at filing (执行通知书, 民事诉讼法 art. 251): until then the debtor
     * may perform by itself and a freeze or deduction waits unless its ruling states urgency. Null on cases filed
     * before notices were recorded.
     */
    @Column(name = "performance_due")
    public Instant performanceDue;

    /** When the debtor's own payments covered the debt within the notice (good faith, 自动履行); null otherwise. */
    @Column(name = "performed_within_notice_at")
    public Instant performedWithinNoticeAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    public List<CaseParty> parties = new ArrayList<>();

    public void addParty(CaseParty party) {
        party.enforcementCase = this;
        parties.add(party);
    }

    public List<CaseParty> respondents() {
        return parties.stream().filter(p -> p.role == PartyRole.RESPONDENT).toList();
    }

    /** A 终本 case whose respondent was found to hold assets: one resumption (恢复执行) away from enforcement. */
    public boolean resumable() {
        return status == CaseStatus.CONCLUDED && conclusionType == ConclusionType.TERMINATION_OF_THIS_ROUND
                && assetsFoundAt != null;
    }

    /** Recovered at least what is owed: the court may conclude the case as fully performed (执行完毕). */
    public boolean readyToConclude() {
        return amountRecovered.compareTo(amountOwed) >= 0;
    }
}
