package cn.lianxi.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.cases.service.AgencyDirectory;
import cn.lianxi.contracts.AgencyChanged;
import cn.lianxi.kit.inbox.TransientFailures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The agency directory from {@code liaison.agencies.v1} ({@link AgencyChanged}, compacted, key agency id) into the
 * local copy that measures are checked against. Idempotent without an inbox row: the entry keeps the newest
 * {@code occurredAt}, so a replay of the compacted topic at every start is harmless. A record that does not parse
 * or breaks the contract goes to {@code liaison.agencies.dlq.case-service.v1} with the reason.
 */
@ApplicationScoped
public class AgencyDirectoryConsumer {

    private final AgencyDirectory directory;
    private final TypedRecords records;

    public AgencyDirectoryConsumer(AgencyDirectory directory, TypedRecords records) {
        this.directory = directory;
        this.records = records;
    }

    @Incoming("agency-directory")
    public Uni<Void> consume(String payload) {
        AgencyChanged changed;
        try {
            changed = records.read(payload, AgencyChanged.class);
        } catch (RefusedRecord refused) {
            return Uni.createFrom().failure(refused);
        }
        return TransientFailures.retried(() -> Panache.withTransaction(() -> directory.record(changed)));
    }
}
