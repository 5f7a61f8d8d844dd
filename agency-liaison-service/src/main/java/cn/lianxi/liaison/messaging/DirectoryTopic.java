package cn.lianxi.liaison.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

import cn.lianxi.contracts.Topics;
import cn.lianxi.liaison.config.DirectoryConfig;

/**
 * Makes sure {@link Topics#AGENCY_DIRECTORY} exists compacted (the latest entry per agency is kept forever) before the
 * directory is published, where the broker would otherwise auto-create it with time-based deletion.
 */
@ApplicationScoped
public class DirectoryTopic {

    private static final Logger LOG = Logger.getLogger(DirectoryTopic.class);

    private final DirectoryConfig config;
    private final TopicAdmin topics;

    public DirectoryTopic(DirectoryConfig config, TopicAdmin topics) {
        this.config = config;
        this.topics = topics;
    }

    /** Creates the topic when configured to and missing; a failure is logged, the relay publishes regardless. */
    public void ensure() {
        if (!config.createTopic()) {
            return;
        }
        NewTopic topic = new NewTopic(Topics.AGENCY_DIRECTORY, config.partitions(), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            topics.createMissing(List.of(topic)).await().atMost(TopicAdmin.WAIT);
            LOG.infof("the compacted topic %s exists", Topics.AGENCY_DIRECTORY);
        } catch (RuntimeException e) {
            LOG.warnf("could not create %s: %s", Topics.AGENCY_DIRECTORY, e.toString());
        }
    }
}
