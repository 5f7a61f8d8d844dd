package cn.lianxi.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

/** Writes a problem straight onto a Vert.x response (the proxy path has no JAX-RS layer). */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
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
