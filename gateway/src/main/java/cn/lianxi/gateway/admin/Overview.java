package cn.lianxi.gateway.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The admins' overview (运行总览): each service's own statistics document (passed through as it was served),
 * each service's readiness, Kafka's health and the event lag per consumer group, plus a short summary.
 */
public record Overview(Instant generatedAt, Summary summary, Map<String, ServiceSnapshot> services,
        KafkaSnapshot kafka) {

    /**
     * What the dashboard shows first: how many services answered, total event lag, and over all cases the amount
     * owed (申请执行标的) and recovered (执行到位), CNY with two decimals (null when case-service did not answer).
     */
    public record Summary(int servicesAvailable, int servicesTotal, int servicesReady, String kafka, Long totalLag,
            BigDecimal amountOwed, BigDecimal amountRecovered) {
    }

    /**
     * One service: {@code available} is whether its statistics could be read for this caller ({@code stats} is
     * then its document, otherwise {@code problem} says why); {@code health} is its readiness: UP, DOWN or
     * UNREACHABLE.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceSnapshot(boolean available, String health, JsonNode stats, String problem) {
    }

    /**
     * Kafka: {@code status} UP or DOWN; {@code lag} is the sum over partitions of (end offset − committed offset)
     * per consumer group, null for a group with no committed offsets yet.
     */
    public record KafkaSnapshot(String status, Map<String, Long> lag) {
    }
}
