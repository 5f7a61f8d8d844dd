package cn.lianxi.liaison.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.lianxi.liaison.AgencyChannel;
import cn.lianxi.contracts.AgencyKind;

/**
 * Registers a member agency (the admin API's body); {@code id} becomes the {@code agency_id} claim of its tokens and
 * the key id of {@code sealKey}, its public seal key (SubjectPublicKeyInfo PEM, EC P-256 or SM2), if it has one.
 */
public record AgencyRequest(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9-]{1,31}$", message = "looks like BANK-ICBC") String id,
        @NotNull AgencyKind kind,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "^[0-9A-Z]{3,20}$", message = "a bank code such as 102") String bankCode,
        List<@Pattern(regexp = "^C[0-9]{6}$", message = "court codes look like C320500") String> jurisdiction,
        @Size(max = 200) String contact,
        AgencyChannel channel,
        @Size(max = 4000) String sealKey) {
}
