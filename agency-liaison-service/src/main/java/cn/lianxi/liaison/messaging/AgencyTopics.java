package cn.lianxi.liaison.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.Topics;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.AgencyChannel;
import cn.lianxi.liaison.repository.AgencyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A Kafka-connected agency's own topics ({@link Topics#agencyResults}, and {@link Topics#referralDispatch} for each
 * referral kind it takes), created when the agency is registered and, for the agencies registered before, when the
 * service starts. A production broker creates topics only on request ({@code auto.create.topics.enable=false}), and
 * the outbox relay publishes its rows in order: one dispatch to a missing topic would hold back every later record of
 * the service. The broker's ACLs let this service create its own topics and those under {@code agency.}, no others.
 */
@ApplicationScoped
public class AgencyTopics {

    private static final Logger LOG = Logger.getLogger(AgencyTopics.class);

    private final TopicAdmin admin;
    private final AgencyRepository agencies;

    public AgencyTopics(TopicAdmin admin, AgencyRepository agencies) {
        this.admin = admin;
        this.agencies = agencies;
    }

    /** The agency's own topics: its results, and its referrals of every kind an agency of its kind takes. */
    public static List<String> of(String agencyId, AgencyKind kind) {
        List<String> topics = new ArrayList<>(List.of(Topics.agencyResults(agencyId)));
        for (ReferralKind referral : ReferralKind.values()) {
            if (referral.acceptedBy(kind)) {
                topics.add(Topics.referralDispatch(agencyId, referral.slug()));
            }
        }
        return topics;
    }

    /**
     * Creates the agency's topics that are missing (broker defaults for partitions and replication); completes on the
     * caller's Vert.x context, so a transaction can go on after it. Fails when the broker does not create them.
     */
    public Uni<Void> ensure(String agencyId, AgencyKind kind) {
        Context context = Vertx.currentContext();
        Uni<Void> created = admin.createMissing(newTopics(of(agencyId, kind)));
        return context == null ? created : created.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Every Kafka-connected agency's topics, in one request: the agencies registered before this version. */
    void onStart(@Observes StartupEvent start) {
        try {
            List<Agency> pushed = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> agencies.list("channel", AgencyChannel.KAFKA)));
            List<String> topics = pushed.stream().flatMap(a -> of(a.id, a.kind).stream()).toList();
            if (!topics.isEmpty()) {
                admin.createMissing(newTopics(topics)).await().atMost(TopicAdmin.WAIT);
            }
            LOG.infof("agency topics: %d Kafka-connected agencies have theirs", pushed.size());
        } catch (Throwable e) {
            // the broker may be down at start; a registration creates them again, and the relay retries
            LOG.warnf("agency topics not checked at start: %s", e.toString());
        }
    }

    private static List<NewTopic> newTopics(List<String> names) {
        return names.stream().map(t -> new NewTopic(t, Optional.empty(), Optional.empty())).toList();
    }
}
