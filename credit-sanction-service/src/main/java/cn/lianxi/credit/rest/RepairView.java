package cn.lianxi.credit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A credit-repair application as officers see it. */
public record RepairView(UUID id, UUID caseId, String subjectName, String subjectIdNumber, String statement,
        String status, Instant appliedAt, String decidedBy, Instant decidedAt, String decisionReason,
        String certificateCode, LocalDate certificateDate) {
}
