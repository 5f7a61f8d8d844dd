package cn.lianxi.credit.service;

import java.util.UUID;

/** A debtor's written application for credit repair (信用修复), recorded by a credit officer. */
public record RepairApplication(UUID caseId, String idNumber, String statement) {
}
