package cn.lianxi.liaison.rest;

import java.time.Instant;
import java.util.List;

import cn.lianxi.liaison.Agency;

/** A member agency as the admin API shows it. */
public record AgencyView(String id, String kind, String name, String bankCode, List<String> jurisdiction,
        String contact, String channel, String status, Instant createdAt, Instant updatedAt) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.id, a.kind.name(), a.name, a.bankCode, a.jurisdiction, a.contact, a.channel.name(),
                a.status.name(), a.createdAt, a.updatedAt);
    }
}
