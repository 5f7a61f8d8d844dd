package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.cases.PropertyReportOrder;
import cn.lianxi.cases.PropertyReportStatus;
import cn.lianxi.cases.service.PropertyReports;
import cn.lianxi.contracts.PropertyReportBreach;

/**
 * A 报告财产令 with its report and breach, as court staff read it; {@code overdue}: no report and the deadline passed,
 * judged when read. Absent fields are steps not taken yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PropertyReportView(UUID id, UUID caseId, UUID respondentPartyId, PropertyReportStatus status,
        String orderedBy, Instant orderedAt, Instant due, boolean overdue, PropertyReports.Declaration declaration,
        BigDecimal declaredValue, String reportedBy, Instant reportedAt, PropertyReportBreach breach,
        String breachFinding, String breachFoundBy, Instant breachFoundAt) {

    static PropertyReportView of(PropertyReportOrder o, PropertyReports.Declaration declaration, Instant now) {
        return new PropertyReportView(o.id, o.caseId, o.respondentPartyId, o.status, o.orderedBy, o.orderedAt, o.due,
                o.status == PropertyReportStatus.ORDERED && now.isAfter(o.due), declaration, o.declaredValue,
                o.reportedBy, o.reportedAt, o.breach, o.breachFinding, o.breachFoundBy, o.breachFoundAt);
    }
}
