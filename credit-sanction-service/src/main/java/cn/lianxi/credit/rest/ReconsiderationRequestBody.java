package cn.lianxi.credit.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import cn.lianxi.credit.service.ReconsiderationApplication;

/**
 * The listed party's written application for reconsideration (复议申请) of a rejected correction request.
 *
 * @param rejectionServedOn when the rejection was served (送达); absent means the day it was decided
 */
public record ReconsiderationRequestBody(@NotBlank @Size(max = 2000) String statement,
        @NotNull @PastOrPresent LocalDate receivedOn, @PastOrPresent LocalDate rejectionServedOn) {

    public ReconsiderationApplication toApplication() {
        return new ReconsiderationApplication(statement, receivedOn, rejectionServedOn);
    }
}
