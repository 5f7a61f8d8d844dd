package cn.lianxi.liaison.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;

/**
 * The one Kafka admin client of this service, as its own SASL principal, for the topics it creates itself: the
 * compacted agency directory ({@link DirectoryTopic}) and each Kafka-connected agency's own ({@link AgencyTopics}).
 */
@ApplicationScoped
public class TopicAdmin {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final Map<String, Object> kafka;
    private Admin admin;

    /** {@code kafka}: the {@code kafka.*} configuration (bootstrap servers, the service's SASL principal). */
    public TopicAdmin(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    /**
     * Creates those of {@code topics} that do not exist yet; completes on the Kafka client's thread. Topics that
     * exist already (another instance, an earlier start) are what is wanted: the broker creates the others anyway.
     */
    public Uni<Void> createMissing(List<NewTopic> topics) {
        return Uni.createFrom().completionStage(() -> admin().createTopics(topics).all().toCompletionStage())
                .onFailure(TopicAdmin::alreadyThere).recoverWithNull().replaceWithVoid();
    }

    private static boolean alreadyThere(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof TopicExistsException;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>(kafka);
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "agency-liaison-service-topics");
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
