package cn.lianxi.credit.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.CorrectionRequest;
import cn.lianxi.credit.service.CorrectionApplication;

/** The listed party's written correction request (纠正申请), as received by the court. */
public record CorrectionRequestBody(@NotNull CorrectionRequest.Kind kind, @NotBlank @Size(max = 2000) String statement,
        @NotNull @PastOrPresent LocalDate receivedOn) {

    public CorrectionApplication toApplication() {
        return new CorrectionApplication(kind, statement, receivedOn);
    }
}
