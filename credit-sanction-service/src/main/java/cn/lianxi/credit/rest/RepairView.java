package cn.lianxi.credit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.RepairBasis;

/** A credit-repair application as officers see it: with a basis, what it covers (lifts once approved). */
public record RepairView(UUID id, UUID caseId, String subjectName, String subjectIdNumber, String statement,
        String status, RepairBasis basis, Set<SanctionKind> covers, String recordedBy, Instant appliedAt,
        String decidedBy, Instant decidedAt, String decisionReason,
        String certificateCode, LocalDate certificateDate) {
}
