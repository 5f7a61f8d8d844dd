package cn.lianxi.cases.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.cases.Acknowledgement;
import cn.lianxi.cases.ComplaintCategory;
import cn.lianxi.cases.PetitionChannel;
import cn.lianxi.cases.PetitionStatus;
import cn.lianxi.contracts.PartyRole;

/**
 * A petition (涉执信访) as the API shows it. {@code overdue} is judged when it is read: not answered by the deadline
 * (still open after it, or answered after it). {@code repeatOf} is the earlier unresolved petition on the case it
 * repeats, {@code repeatNumber} how many times the matter was petitioned before (0: a first petition). Absent fields
 * are steps not taken yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PetitionView(UUID id, UUID caseId, String courtCode, String caseNumber, PetitionerView petitioner,
        PetitionChannel channel, ComplaintCategory category, String complaint, Instant receivedAt, Instant deadline,
        boolean overdue, PetitionStatus status, Instant extendedAt, String extensionReason, String answer,
        String answeredBy, Instant answeredAt, Acknowledgement acknowledgement, Instant acknowledgedAt,
        String acknowledgementRecordedBy, UUID repeatOf, int repeatNumber, String registeredBy,
        Instant registeredAt) {

    /** The party of the case who petitions, as registered. */
    public record PetitionerView(UUID partyId, PartyRole role, String name) {
    }
}
