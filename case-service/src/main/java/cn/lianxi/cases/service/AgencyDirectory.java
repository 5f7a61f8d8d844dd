package cn.lianxi.cases.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.AgencyEntry;
import cn.lianxi.contracts.AgencyChanged;
import cn.lianxi.contracts.AgencyKind;
import io.smallrye.mutiny.Uni;

/**
 * The local copy of the member agencies' directory (成员单位名录), fed by agency-liaison-service's compacted topic
 * {@code liaison.agencies.v1}: the latest entry per agency. Recording is idempotent and order-proof: a record
 * older than the stored entry (a redelivery, a replay of the compacted topic) changes nothing.
 */
@ApplicationScoped
public class AgencyDirectory {

    /** What the directory says about the agency a measure names. */
    public record Lookup(boolean loaded, AgencyEntry byAgencyId, AgencyEntry byBankCode) {
    }

    /** Must run inside a transaction. */
    public Uni<Void> record(AgencyChanged a) {
        return AgencyEntry.<AgencyEntry>findById(a.agencyId()).chain(stored -> {
            if (stored != null && stored.changedAt.isAfter(a.occurredAt())) {
                return Uni.createFrom().voidItem();
            }
            AgencyEntry entry = stored != null ? stored : new AgencyEntry();
            entry.agencyId = a.agencyId();
            entry.kind = a.kind();
            entry.name = a.name();
            entry.bankCode = a.bankCode();
            entry.status = a.status();
            entry.changedAt = a.occurredAt();
            entry.eventId = a.eventId();
            return stored != null ? Uni.createFrom().voidItem() : entry.persist().replaceWithVoid();
        });
    }

    /** The entries for {@code agencyId} and for the bank {@code bankCode} (either may be null). */
    Uni<Lookup> lookup(String bankCode, String agencyId) {
        Uni<AgencyEntry> byId = agencyId == null ? Uni.createFrom().nullItem() : AgencyEntry.findById(agencyId);
        Uni<AgencyEntry> byBank = bankCode == null ? Uni.createFrom().nullItem()
                : AgencyEntry.<AgencyEntry>find("kind = ?1 and bankCode = ?2", AgencyKind.BANK, bankCode).firstResult();
        return byId.chain(id -> byBank.chain(bank -> bank != null || id != null
                ? Uni.createFrom().item(new Lookup(true, id, bank))
                : AgencyEntry.count().map(n -> new Lookup(n > 0, null, null))));
    }
}
