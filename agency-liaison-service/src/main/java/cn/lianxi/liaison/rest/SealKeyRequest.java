package cn.lianxi.liaison.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agency's public seal key (SubjectPublicKeyInfo PEM), for {@code PUT /agencies/{id}/seal-key}. */
public record SealKeyRequest(@NotBlank @Size(max = 4000) String sealKey) {
}
