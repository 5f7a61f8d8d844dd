package cn.lianxi.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.contracts.PropertyReportBreach;
import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * A 报告财产令 (order to report property) to one respondent of a case, with its deadline (法释〔2017〕8号 arts. 3-4),
 * the respondent's report (财产报告: its assets and the changes in the year before the notice, arts. 5-6, kept as
 * JSON with their total value) and the judge's finding of a breach (违反财产报告制度: no report by the deadline, or a
 * false one, art. 9), on which a 失信 listing on 法释〔2017〕7号 art. 1(4) rests.
 */
@Entity
@Table(name = "property_report_order")
public class PropertyReportOrder extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "respondent_party_id", nullable = false)
    public UUID respondentPartyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PropertyReportStatus status;

    @Column(name = "ordered_by", nullable = false)
    public String orderedBy;

    @Column(name = "ordered_at", nullable = false)
    public Instant orderedAt;

    /** The report's deadline (art. 4 item (1)). */
    @Column(nullable = false)
    public Instant due;

    /** The report as JSON: {@code {"assets": [...], "changes": [...]}}; null until reported. */
    public String declaration;

    @Column(name = "declared_value")
    public BigDecimal declaredValue;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Enumerated(EnumType.STRING)
    public PropertyReportBreach breach;

    @Column(name = "breach_finding")
    public String breachFinding;

    @Column(name = "breach_found_by")
    public String breachFoundBy;

    @Column(name = "breach_found_at")
    public Instant breachFoundAt;
}
