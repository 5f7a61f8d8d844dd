package cn.lianxi.liaison.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.lianxi.contracts.AgencyChanged;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.outbox.Outbox;
import cn.lianxi.kit.tracing.JobSpans;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.messaging.DirectoryTopic;
import cn.lianxi.liaison.repository.AgencyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The directory of member agencies (成员单位名录) on the compacted {@link Topics#AGENCY_DIRECTORY}, keyed by agency id:
 * every registration and status change is published through the outbox in its own transaction, and every agency once
 * when the service starts, so a consumer that starts from scratch (case-service, refusing measures addressed to an
 * unknown or suspended agency) learns them all, seeded ones included.
 */
@ApplicationScoped
public class AgencyDirectory {

    private static final Logger LOG = Logger.getLogger(AgencyDirectory.class);

    private final AgencyRepository agencies;
    private final Outbox outbox;
    private final DirectoryTopic topic;
    private final Clock clock;
    private final JobSpans spans;

    public AgencyDirectory(AgencyRepository agencies, Outbox outbox, DirectoryTopic topic, Clock clock,
            JobSpans spans) {
        this.agencies = agencies;
        this.outbox = outbox;
        this.topic = topic;
        this.clock = clock;
        this.spans = spans;
    }

    /** Queues the agency's current entry (CloudEvents subject: the agency id); inside the change's transaction. */
    public Uni<AgencyChanged> publish(Agency a) {
        AgencyChanged entry = new AgencyChanged(UUID.randomUUID(), a.id, a.kind, a.name, a.bankCode, a.status,
                clock.instant());
        return outbox.append(entry.eventId(), Topics.AGENCY_DIRECTORY, a.id, AgencyChanged.CE_TYPE, a.id, entry)
                .replaceWith(entry);
    }

    /** Every agency's entry, in one transaction; returns how many. */
    public Uni<Integer> publishAll() {
        return Panache.withTransaction(() -> agencies.listAll().chain(all -> Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(this::publish).collect().asList().map(java.util.List::size)));
    }

    void onStart(@Observes StartupEvent start) throws Throwable {
        topic.ensure();
        // in a span of its own, so the start's entries carry a traceparent like every other record
        int count = VertxContextSupport.subscribeAndAwait(() -> spans.traced("agency-directory", this::publishAll));
        LOG.infof("agency directory: published %d entries on %s", count, Topics.AGENCY_DIRECTORY);
    }
}
