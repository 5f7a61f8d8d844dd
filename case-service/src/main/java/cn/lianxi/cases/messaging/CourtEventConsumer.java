package cn.lianxi.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.service.CourtEventIntake;
import io.smallrye.mutiny.Uni;

/**
 * Court events from {@code court.case-events.v1}: the same intake as the HTTP batch. A record the intake refuses
 * (or that is not JSON) fails, so the connector sends it to {@code court.case-events.dlq.v1} with the reason in
 * {@code dead-letter-reason}, and the partition moves on. A duplicate is simply acknowledged.
 */
@ApplicationScoped
public class CourtEventConsumer {

    private final CourtEventIntake intake;
    private final ObjectMapper mapper;

    public CourtEventConsumer(CourtEventIntake intake, ObjectMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
    }

    @Incoming("court-events")
    public Uni<Void> consume(String payload) {
        JsonNode node;
        try {
            node = mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new RefusedRecord("malformed-event [event]: the record is not JSON"));
        }
        return intake.submit(node, null, null, CourtEventIntake.Channel.KAFKA).chain(result -> result.isRejected()
                ? Uni.createFrom().failure(new RefusedRecord(result.reason().toString()))
                : Uni.createFrom().voidItem());
    }
}
