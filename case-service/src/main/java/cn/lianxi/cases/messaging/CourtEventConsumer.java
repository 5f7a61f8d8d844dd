package cn.lianxi.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.service.CourtEventIntake;
import cn.lianxi.contracts.Topics;
import io.smallrye.mutiny.Uni;

/**
 * Court events from every court's own topic ({@code court.<court>.case-events.v1}, subscribed by pattern): the same
 * intake as the HTTP batch. The broker lets only a court's own principal write its topic, so the topic says which
 * court sent a record, as a token does over HTTP: an event that names another court is refused (court-mismatch).
 * A record the intake refuses (or that is not JSON) fails, so the connector sends it to
 * {@code court.case-events.dlq.v1} with the reason in {@code dead-letter-reason}, and the partition moves on. A
 * duplicate is simply acknowledged.
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
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        JsonNode node;
        try {
            node = mapper.readTree(record.value());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new RefusedRecord("malformed-event [event]: the record is not JSON"));
        }
        String court = Topics.courtOf(record.topic());
        // fail closed: a subscription wider than the court topics must not let an event choose its own court
        if (court == null) {
            return Uni.createFrom().failure(new RefusedRecord("court-mismatch [courtCode]: " + record.topic()
                    + " is no court's topic"));
        }
        return intake.submit(node, court, null, CourtEventIntake.Channel.KAFKA).chain(result -> result.isRejected()
                ? Uni.createFrom().failure(new RefusedRecord(result.reason().toString()))
                : Uni.createFrom().voidItem());
    }
}
