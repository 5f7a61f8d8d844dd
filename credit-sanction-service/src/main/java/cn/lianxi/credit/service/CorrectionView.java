package cn.lianxi.credit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A correction request; {@code overdue} is true while it is open past its 15-day deadline. */
public record CorrectionView(UUID id, UUID listingId, String kind, String statement, LocalDate receivedOn,
        LocalDate dueBy, String status, boolean overdue, String decisionReason, String decidedBy, Instant decidedAt) {
}
