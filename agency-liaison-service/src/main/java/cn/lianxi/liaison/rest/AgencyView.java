package cn.lianxi.liaison.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.liaison.Agency;

/**
 * A member agency as the admin API shows it; {@code sealKeyId} (the agency id) names its registered seal key, whose
 * PEM {@code GET /seals/keys} serves, and is absent while none is registered.
 */
public record AgencyView(String id, String kind, String name, String bankCode, List<String> jurisdiction,
        String contact, String channel, String status, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sealKeyId) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.id, a.kind.name(), a.name, a.bankCode, a.jurisdiction, a.contact, a.channel.name(),
                a.status.name(), a.createdAt, a.updatedAt, a.sealKey == null ? null : a.id);
    }
}
