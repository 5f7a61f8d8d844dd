package cn.lianxi.liaison;

/** How an agency takes its work: by pulling its inbox over HTTP, or as a Kafka consumer of the dispatch topics. */
public enum AgencyChannel {
    PULL,
    KAFKA
}
