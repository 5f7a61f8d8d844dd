package cn.lianxi.credit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A correction request; {@code overdue} is true while it is open past its 15-day deadline (法释〔2017〕7号 art. 12).
 * Once granted: {@code effect} CORRECTED (with {@code correctedFields}) or DELETED, due by {@code effectDueBy}
 * (three working days).
 */
public record CorrectionView(UUID id, UUID listingId, String kind, String statement, LocalDate receivedOn,
        LocalDate dueBy, String status, boolean overdue, String decisionReason, String decidedBy, Instant decidedAt,
        String effect, LocalDate effectDueBy, String correctedFields) {
}
