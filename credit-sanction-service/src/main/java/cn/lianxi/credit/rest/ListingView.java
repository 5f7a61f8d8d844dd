package cn.lianxi.credit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.lianxi.contracts.PartyType;

/**
 * A listing as officers and overseers see it (unmasked). {@code ground} is the item of 法释〔2017〕7号 art. 1;
 * {@code periodMonths} and {@code validUntil} are null for a listing without a fixed term (ground 1, art. 2).
 * {@code liftedOnTime} is null until it ends.
 */
public record ListingView(UUID id, UUID caseId, String courtCode, String caseNumber, PartyType subjectType,
        String subjectName, String subjectIdNumber, int ground, String groundText,
        LocalDate decisionDate, String documentNumber, Integer periodMonths, LocalDate validUntil, String status,
        String liftReason, LocalDate liftDueBy, Instant liftedAt, Boolean liftedOnTime) {
}
