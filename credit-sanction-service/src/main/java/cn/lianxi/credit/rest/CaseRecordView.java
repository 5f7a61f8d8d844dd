package cn.lianxi.credit.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.PartyType;

/** A case as this service recorded it from case events (for officers and overseers: unmasked). */
public record CaseRecordView(UUID caseId, String courtCode, String caseNumber, CaseStatus status,
        ConclusionType conclusionType,
        BigDecimal amountOwed, BigDecimal amountRecovered, boolean enforcementMeasures, UUID lastEventId,
        Instant lastEventAt, List<RespondentView> respondents) {

    /** One respondent (被执行人). */
    public record RespondentView(PartyType type, String name, String idNumber, boolean minor,
            String legalRepresentative) {
    }
}
