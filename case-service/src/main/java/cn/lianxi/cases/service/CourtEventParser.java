package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.kit.problem.ProblemException;

/**
 * Reads one court event from JSON and checks it on its own. HTTP and Kafka both hand it a JSON node, so a badly
 * typed field is refused the same way on both (a rejection naming the field, not a failed batch).
 */
@ApplicationScoped
public class CourtEventParser {

    private final ObjectMapper mapper;
    private final Clock clock;

    public CourtEventParser(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param boundCourt the caller's court over HTTP (the event may omit it, may not name another), null for Kafka
     */
    public CourtCaseEvent parse(JsonNode node, String boundCourt) {
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("malformed-event", "event", "a court event is a JSON object");
        }
        CourtCaseEvent event = read(node);
        if (boundCourt != null) {
            if (event.courtCode() != null && !event.courtCode().equals(boundCourt)) {
                throw new ProblemException(403, "court-mismatch", "the event names another court than the caller's",
                        "courtCode");
            }
            event = event.withIdentity(event.eventId(), boundCourt, event.caseNumber());
        }
        CourtEventValidator.check(event, LocalDate.now(clock));
        return event;
    }

    /** A stored event (held until its case was filed), read back exactly as it was accepted. */
    public CourtCaseEvent stored(String json) {
        try {
            return mapper.readValue(json, CourtCaseEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored court event no longer parses", e);
        }
    }

    public String json(CourtCaseEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("court event is not serialisable", e);
        }
    }

    /** The event id of a node that may not parse, so even a malformed event's answer names it. */
    public static String eventIdOf(JsonNode node) {
        return node != null && node.hasNonNull("eventId") ? node.get("eventId").asText() : null;
    }

    private CourtCaseEvent read(JsonNode node) {
        try {
            return mapper.treeToValue(node, CourtCaseEvent.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException m ? pathOf(m) : "event";
            throw ProblemException.badRequest("malformed-event", field.isEmpty() ? "event" : field,
                    "wrong type or format");
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
