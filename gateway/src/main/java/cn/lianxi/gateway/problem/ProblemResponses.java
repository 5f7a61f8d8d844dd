package cn.lianxi.gateway.problem;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** Writes a problem straight onto a Vert.x response (the proxy path has no JAX-RS layer). */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    /**
     * A service's problem+json with {@code instance} set to the caller's path; a body that is not a JSON object
     * passes unchanged (a service's answer is relayed, never dropped).
     */
    public static Buffer atInstance(Buffer problem, String path) {
        try {
            JsonNode body = JSON.readTree(problem.getBytes());
            if (body instanceof ObjectNode object) {
                object.put("instance", path);
                return Buffer.buffer(JSON.writeValueAsBytes(object));
            }
        } catch (IOException e) {
            // not JSON: relayed as it is
        }
        return problem;
    }

    public static void send(RoutingContext rc, Problem problem) {
        if (rc.response().ended() || rc.response().closed()) {
            return;
        }
        String body;
        try {
            body = JSON.writeValueAsString(problem.at(rc.request().path()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        if (rc.response().headWritten()) {
            rc.response().end();
            return;
        }
        rc.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
