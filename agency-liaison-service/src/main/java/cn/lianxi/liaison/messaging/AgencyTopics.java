package cn.lianxi.liaison.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
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
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A Kafka-connected agency's own topics ({@link Topics#agencyResults}, and {@link Topics#referralDispatch} for each
 * referral kind it takes), created when the agency is registered and, for the agencies registered before, when the
 * service starts. A production broker creates topics only on request ({@code auto.create.topics.enable=false}), and
 * the outbox relay publishes its rows in order: one dispatch to a missing topic would hold back every later record of
 * the service. The broker's ACLs let this service create topics under {@code agency.} only.
 */
@ApplicationScoped
public class AgencyTopics {

    private static final Logger LOG = Logger.getLogger(AgencyTopics.class);
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Map<String, Object> kafka;
    private final AgencyRepository agencies;
    private Admin admin;

    /** {@code kafka}: the {@code kafka.*} configuration (bootstrap servers, the service's SASL principal). */
    public AgencyTopics(@Identifier("default-kafka-broker") Map<String, Object> kafka, AgencyRepository agencies) {
        this.kafka = kafka;
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
        List<NewTopic> topics = of(agencyId, kind).stream().map(t -> new NewTopic(t, Optional.empty(), Optional.empty()))
                .toList();
        Uni<Void> created = Uni.createFrom().completionStage(() -> admin().createTopics(topics).all().toCompletionStage())
                .onFailure(AgencyTopics::alreadyThere).recoverWithNull().replaceWithVoid();
        return context == null ? created : created.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Another instance (or an earlier start) created some of them: what is wanted is that they exist. */
    private static boolean alreadyThere(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof TopicExistsException;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            List<Agency> pushed = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> agencies.list("channel", AgencyChannel.KAFKA)));
            for (Agency a : pushed) {
                VertxContextSupport.subscribeAndAwait(() -> ensure(a.id, a.kind));
            }
            LOG.infof("agency topics: %d Kafka-connected agencies have theirs", pushed.size());
        } catch (Throwable e) {
            // the broker may be down at start; a registration creates them again, and the relay retries
            LOG.warnf("agency topics not checked at start: %s", e.toString());
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>(kafka);
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "agency-topics");
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
