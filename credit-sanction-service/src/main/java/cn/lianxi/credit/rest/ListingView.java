package cn.lianxi.credit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.lianxi.contracts.PartyType;

/** A listing as officers and overseers see it (unmasked). {@code liftedOnTime} is null until it ends. */
public record ListingView(UUID id, UUID caseId, String courtCode, String caseNumber, PartyType subjectType,
        String subjectName, String subjectIdNumber, int ground, String groundText, int statuteItem,
        LocalDate decisionDate, String documentNumber, int periodMonths, LocalDate validUntil, String status,
        String liftReason, LocalDate liftDueBy, Instant liftedAt, Boolean liftedOnTime) {
}
