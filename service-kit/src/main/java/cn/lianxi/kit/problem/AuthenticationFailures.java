package cn.lianxi.kit.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A bearer token that fails verification (forged, expired, not a JWT) is refused by Quarkus' proactive
 * authentication before any JAX-RS mapper runs, with an empty 401. This failure handler, the way the Quarkus
 * security guide gives for proactive authentication, answers it with the catalogue's {@code unauthorized} problem
 * instead, so a service says the same as the gateway does.
 */
@ApplicationScoped
public class AuthenticationFailures {

    private final ObjectMapper json;

    public AuthenticationFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().headWritten()) {
            context.next();
            return;
        }
        Problem problem = ProblemMappers.unauthorized().at(context.request().path());
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("WWW-Authenticate", "Bearer")
                    .end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.next();
        }
    }
}
