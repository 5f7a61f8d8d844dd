package cn.lianxi.credit.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.service.RepairApplication;

/** A debtor's application for credit repair (信用修复申请) on a case whose debt is performed. */
public record RepairRequest(@NotNull UUID caseId, @NotBlank @Size(max = 18) String idNumber,
        @NotBlank @Size(max = 2000) String statement) {

    public RepairApplication toApplication() {
        return new RepairApplication(caseId, idNumber, statement);
    }
}
