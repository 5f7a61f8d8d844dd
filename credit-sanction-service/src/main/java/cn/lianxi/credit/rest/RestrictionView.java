package cn.lianxi.credit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.lianxi.contracts.BoundPersonRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.RestrictedBehaviour;

/** A consumption restriction order as officers and overseers see it (unmasked). */
public record RestrictionView(UUID id, UUID caseId, String courtCode, String caseNumber, PartyType subjectType,
        String subjectName, String subjectIdNumber, LocalDate orderDate, String documentNumber,
        List<RestrictedBehaviour> behaviours, List<BoundPersonView> boundPersons, String status, String liftReason,
        LocalDate liftDueBy, Instant liftedAt, Boolean liftedOnTime) {

    /** A person the order binds. */
    public record BoundPersonView(BoundPersonRole role, String name, String idNumber) {
    }
}
