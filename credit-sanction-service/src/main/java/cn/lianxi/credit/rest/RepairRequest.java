package cn.lianxi.credit.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.RepairBasis;
import cn.lianxi.credit.service.RepairApplication;

/**
 * A debtor's application for credit repair (信用修复申请).
 *
 * @param basis absent on a performed debt; before full performance what the repair rests on (a settlement being
 *              performed, an instalment plan kept, security given, the applicant's written consent), the evidence
 *              described in {@code statement}
 */
public record RepairRequest(@NotNull UUID caseId, @NotBlank @Size(max = 18) String idNumber,
        @NotBlank @Size(max = 2000) String statement, RepairBasis basis) {

    public RepairApplication toApplication() {
        return new RepairApplication(caseId, idNumber, statement, basis);
    }
}
