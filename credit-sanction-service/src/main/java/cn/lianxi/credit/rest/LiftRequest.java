package cn.lianxi.credit.rest;

import jakarta.validation.constraints.Size;

/**
 * A lifting (删除失信信息 / 解除限制消费) by an officer.
 *
 * @param reason the legal reason: FULL_PERFORMANCE, SETTLEMENT_PERFORMED, APPLICANT_REQUEST, TERMINATION,
 *               NON_ENFORCEMENT or ACTIVE_PERFORMANCE
 * @param note   free text for the file
 */
public record LiftRequest(@Size(max = 40) String reason, @Size(max = 1000) String note) {
}
