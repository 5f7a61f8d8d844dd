package cn.lianxi.liaison.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import cn.lianxi.contracts.Topics;
import cn.lianxi.liaison.config.DirectoryConfig;
import io.smallrye.common.annotation.Identifier;

/**
 * Makes sure {@link Topics#AGENCY_DIRECTORY} exists compacted (the latest entry per agency is kept forever) before the
 * directory is published, where the broker would otherwise auto-create it with time-based deletion.
 */
@ApplicationScoped
public class DirectoryTopic {

    private static final Logger LOG = Logger.getLogger(DirectoryTopic.class);
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final DirectoryConfig config;
    private final Map<String, Object> kafka;

    /** {@code kafka}: the {@code kafka.*} configuration (bootstrap servers, the service's SASL principal). */
    public DirectoryTopic(DirectoryConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    /** Creates the topic when configured to and missing; a failure is logged, the relay publishes regardless. */
    public void ensure() {
        if (!config.createTopic()) {
            return;
        }
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
        try (Admin admin = Admin.create(settings)) {
            Set<String> existing = admin.listTopics().names().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (existing.contains(Topics.AGENCY_DIRECTORY)) {
                return;
            }
            NewTopic topic = new NewTopic(Topics.AGENCY_DIRECTORY, config.partitions(), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(Set.of(topic)).all().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("created the compacted topic %s", Topics.AGENCY_DIRECTORY);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("could not create %s: %s", Topics.AGENCY_DIRECTORY, e.getCause());
            }
        } catch (KafkaException e) {
            LOG.warnf("could not create %s: %s", Topics.AGENCY_DIRECTORY, e);
        } catch (TimeoutException e) {
            LOG.warnf("could not create %s: no answer from the broker within %s", Topics.AGENCY_DIRECTORY, WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
