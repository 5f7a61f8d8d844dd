package cn.lianxi.liaison.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an agency refuses a referral (e.g. the account is not held here, the request lacks a legal document). */
public record RejectionRequest(@NotBlank @Size(max = 500) String reason) {
}
