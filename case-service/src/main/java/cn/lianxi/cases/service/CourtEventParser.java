package cn.lianxi.cases.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.kit.problem.ProblemException;

/**
 * Reads one court event from JSON into its typed record and checks it against the contract's constraints (the one
 * rule set of {@code event-contracts}). HTTP and Kafka both hand it a JSON node, so a badly typed field is refused
 * the same way on both: a rejection naming the field, not a failed batch.
 */
@ApplicationScoped
public class CourtEventParser {

    private final ObjectMapper mapper;
    private final ContractCheck contract;

    public CourtEventParser(ObjectMapper mapper, ContractCheck contract) {
        this.mapper = mapper;
        this.contract = contract;
    }

    /**
     * @param boundCourt the sender's court: the caller's over HTTP, the topic's on Kafka (the event may omit it, may
     *                   not name another)
     */
    public CourtCaseEvent parse(JsonNode node, String boundCourt) {
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest(ProblemType.MALFORMED_EVENT, "event", "a court event is a JSON object");
        }
        return valid(read(bind(node, boundCourt)));
    }

    /** {@code event} when its fields keep the contract's rules; a 400 naming the first field at fault otherwise. */
    public CourtCaseEvent valid(CourtCaseEvent event) {
        return contract.valid(event);
    }

    /** A stored event (held until its case was filed), read back exactly as it was accepted. */
    public CourtCaseEvent stored(String json) {
        try {
            return mapper.readValue(json, CourtCaseEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored court event no longer parses", e);
        }
    }

    /** The event's canonical JSON: the typed record as this service writes it, whatever the sender's spelling. */
    public String json(CourtCaseEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("court event is not serialisable", e);
        }
    }

    /** What tells a re-sent event from another one under the same id. */
    public String fingerprint(CourtCaseEvent event) {
        return ProcessedEvents.fingerprint(json(event));
    }

    /** The event id of a node that may not parse, so even a malformed event's answer names it. */
    public static String eventIdOf(JsonNode node) {
        return node != null && node.hasNonNull("eventId") ? node.get("eventId").asText() : null;
    }

    /** The caller's court goes into the event before it is bound: an event never names another court than its sender. */
    private static JsonNode bind(JsonNode node, String boundCourt) {
        if (boundCourt == null) {
            return node;
        }
        JsonNode named = node.get("courtCode");
        if (named != null && !named.isNull() && !boundCourt.equals(named.asText())) {
            throw new ProblemException(ProblemType.COURT_MISMATCH,
                    "the event names another court than its sender's (the caller's over HTTP, its topic's on Kafka)",
                    "courtCode");
        }
        return ((ObjectNode) node.deepCopy()).put("courtCode", boundCourt);
    }

    private CourtCaseEvent read(JsonNode node) {
        try {
            return mapper.treeToValue(node, CourtCaseEvent.class);
        } catch (InvalidTypeIdException e) {
            throw ProblemException.badRequest(ProblemType.MALFORMED_EVENT, "kind", "kind is missing or not a court event kind");
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException m ? pathOf(m) : "";
            throw ProblemException.badRequest(ProblemType.MALFORMED_EVENT, field.isEmpty() ? "event" : field,
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
