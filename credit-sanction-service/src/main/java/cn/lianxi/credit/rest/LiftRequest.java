package cn.lianxi.credit.rest;

import jakarta.validation.constraints.Size;

/**
 * A lifting (删除失信信息 / 解除限制消费) by an officer.
 *
 * @param reason the legal reason: an art. 10 para. 1 ground of 法释〔2017〕7号 (FULL_PERFORMANCE, SETTLEMENT_PERFORMED,
 *               APPLICANT_REQUEST, NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND, SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY,
 *               NON_ENFORCEMENT, TERMINATION; listings without a fixed term only) or ACTIVE_PERFORMANCE (the court's
 *               early deletion of any listing, art. 2 para. 2)
 * @param note   free text for the file
 */
public record LiftRequest(@Size(max = 60) String reason, @Size(max = 1000) String note) {
}
