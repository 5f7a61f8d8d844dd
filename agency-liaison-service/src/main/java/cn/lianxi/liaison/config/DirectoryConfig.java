package cn.lianxi.liaison.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The agency directory topic ({@code lianxi.directory.*}). */
@ConfigMapping(prefix = "lianxi.directory")
public interface DirectoryConfig {

    /**
     * Whether the service creates the compacted directory topic at start when the broker lacks it (local launcher,
     * tests: their brokers auto-create topics uncompacted). Where topics are declared (Strimzi's KafkaTopic in
     * deploy/k8s) it finds the topic and changes nothing.
     */
    @WithDefault("true")
    boolean createTopic();

    /** Partitions of the topic when the service creates it; absent: the broker's default. */
    java.util.Optional<Integer> partitions();
}
