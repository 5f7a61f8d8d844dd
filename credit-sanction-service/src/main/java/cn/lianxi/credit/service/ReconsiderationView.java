package cn.lianxi.credit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reconsideration (复议); {@code overdue} while open past its 15-day deadline (法释〔2017〕7号 art. 12). The court
 * above ({@code superiorCourtCode}) decides.
 */
public record ReconsiderationView(UUID id, UUID correctionId, UUID listingId, String courtCode,
        String superiorCourtCode, String statement, LocalDate receivedOn, LocalDate dueBy, String status,
        boolean overdue, String decisionReason, String decidedBy, Instant decidedAt) {
}
