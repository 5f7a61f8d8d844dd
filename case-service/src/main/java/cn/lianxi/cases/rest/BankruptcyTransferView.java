package cn.lianxi.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.BankruptcyTransferStatus;
import cn.lianxi.contracts.Labels;

/**
 * A transfer to bankruptcy review (执转破) as both courts read it: the enforcing court's case and decision with the
 * consent, the debtor (a company: name and unified social credit code), the receiving court, and its ruling once
 * given. Absent fields are steps not taken yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BankruptcyTransferView(UUID id, UUID caseId, String courtCode, String courtName, String caseNumber,
        String respondentName, String respondentIdNumber, String receivingCourt, String receivingCourtName,
        BankruptcyTransferStatus status, UUID consentPartyId, LocalDate consentGivenOn, String consentDocument,
        String reason, String decidedBy, LocalDate decidedOn, Instant decidedAt, LocalDate rulingDate,
        String rulingDocument, String rulingReason, String answeredBy, Instant answeredAt) {

    static BankruptcyTransferView of(BankruptcyTransfer t) {
        return new BankruptcyTransferView(t.id, t.caseId, t.courtCode, Labels.courtName(t.courtCode), t.caseNumber,
                t.respondentName, t.respondentIdNumber, t.receivingCourt, Labels.courtName(t.receivingCourt), t.status,
                t.consentPartyId, t.consentGivenOn, t.consentDocument, t.reason, t.decidedBy, t.decidedOn,
                t.decidedAt, t.rulingDate, t.rulingDocument, t.rulingReason, t.answeredBy, t.answeredAt);
    }
}
