package cn.lianxi.kit.problem;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hibernate.HibernateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;

import cn.lianxi.kit.inbox.TransientFailures;

/**
 * Turns every failure into RFC 9457 problem+json. Bodies never echo submitted values (they may hold ID numbers),
 * and 5xx answers never carry a stack trace: the detail is logged, the caller gets a correlation-free message.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problem.ofRule(400, "invalid-request", "the request has invalid fields", errors));
    }

    /** Declared for the exact types Quarkus maps itself (MismatchedInputException) so the problem form wins. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        List<Problem.FieldError> errors = field == null || field.isEmpty() ? null
                : List.of(new Problem.FieldError(field, "wrong type or format"));
        return respond(Problem.ofRule(400, "malformed-json", "the body is not valid JSON of the expected shape", errors));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(Problem.of(status, title, status >= 500 ? "the service could not answer" : title));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(401, "Unauthorized", "a valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return respond(Problem.of(401, "Unauthorized", "a valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "your role may not do this"));
    }

    /**
     * A database failure: only a transient one (on {@link TransientFailures}' allow-list) is a 503, so the gateway's
     * breaker opens for a database that is down, never for bad input. A data exception (SQLSTATE class 22: a value
     * too long, out of range, an invalid byte sequence) is the request's fault, 400; an integrity violation (class
     * 23) a 409; anything else a bug, 500. Input is checked before it gets here; this is the safety net.
     */
    @ServerExceptionMapper
    public Response persistence(HibernateException e) {
        return database(e);
    }

    @ServerExceptionMapper
    public Response pg(PgException e) {
        return database(e);
    }

    private static Response database(RuntimeException e) {
        if (TransientFailures.isTransient(e)) {
            LOG.warn("database unavailable: " + e.getClass().getName());
            return respond(Problem.of(503, "Service Unavailable", "the database could not complete the request"));
        }
        String state = sqlStateOf(e);
        if (state != null && state.startsWith("22")) {
            LOG.infof("request refused by the database: SQLSTATE %s", state);
            return respond(Problem.ofRule(400, "invalid-data", "a value is out of range or not valid text", null));
        }
        if (state != null && state.startsWith("23")) {
            LOG.infof("request conflicts with stored data: SQLSTATE %s", state);
            return respond(Problem.ofRule(409, "conflict", "the request conflicts with what is stored", null));
        }
        LOG.error("persistence failure", e);
        return respond(Problem.of(500, "Internal Server Error", "the service could not answer"));
    }

    private static String sqlStateOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                return pg.getSqlState();
            }
        }
        return null;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.request.respondents[0].idNumber} becomes {@code respondents[0].idNumber}; a bare parameter keeps its name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
