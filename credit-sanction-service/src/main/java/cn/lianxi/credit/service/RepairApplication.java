package cn.lianxi.credit.service;

import java.util.UUID;

import cn.lianxi.credit.RepairBasis;

/**
 * A debtor's written application for credit repair (信用修复), recorded by a credit officer.
 *
 * @param basis what a repair before full performance rests on; null on a performed debt
 */
public record RepairApplication(UUID caseId, String idNumber, String statement, RepairBasis basis) {
}
