package cn.lianxi.kit.problem;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.inbox.TransientFailures;

/**
 * Turns every failure into RFC 9457 problem+json. Bodies never echo submitted values (they may hold ID numbers),
 * and 5xx answers never carry a stack trace: the detail is logged, the caller gets a correlation-free message.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problem.of(ProblemType.INVALID_REQUEST, 400, "the request has invalid fields", errors), uri);
    }

    /** Declared for the exact types Quarkus maps itself (MismatchedInputException) so the problem form wins. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        List<Problem.FieldError> errors = field == null || field.isEmpty() ? null
                : List.of(new Problem.FieldError(field, "wrong type or format"));
        return respond(Problem.of(ProblemType.MALFORMED_JSON, 400, "the body is not valid JSON of the expected shape",
                errors), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return respond(Problem.of(type, status, status >= 500 ? "the service could not answer" : type.title(), null),
                uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(unauthorized(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return respond(unauthorized(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(forbidden(), uri);
    }

    /**
     * A database failure: only a transient one (on {@link TransientFailures}' allow-list) is a 503, so the gateway's
     * breaker opens for a database that is down, never for bad input. A data exception (SQLSTATE class 22: a value
     * too long, out of range, an invalid byte sequence) is the request's fault, 400; an integrity violation (class
     * 23) a 409; anything else a bug, 500. Input is checked before it gets here; this is the safety net.
     */
    @ServerExceptionMapper
    public Response persistence(HibernateException e, UriInfo uri) {
        return respond(database(e), uri);
    }

    @ServerExceptionMapper
    public Response pg(PgException e, UriInfo uri) {
        return respond(database(e), uri);
    }

    /** Also answers a bad token refused before any resource runs (SecurityFailures). */
    static Problem unauthorized() {
        return Problem.of(ProblemType.UNAUTHORIZED, "a valid bearer token is required");
    }

    static Problem forbidden() {
        return Problem.of(ProblemType.FORBIDDEN, "your role may not do this");
    }

    private static Problem database(RuntimeException e) {
        if (TransientFailures.isTransient(e)) {
            LOG.warn("database unavailable: " + e.getClass().getName());
            return Problem.of(ProblemType.SERVICE_UNAVAILABLE, "the database could not complete the request");
        }
        String state = sqlStateOf(e);
        if (state != null && state.startsWith("22")) {
            LOG.infof("request refused by the database: SQLSTATE %s", state);
            return Problem.of(ProblemType.INVALID_DATA, "a value is out of range or not valid text");
        }
        if (state != null && state.startsWith("23")) {
            LOG.infof("request conflicts with stored data: SQLSTATE %s", state);
            return Problem.of(ProblemType.CONFLICT, "the request conflicts with what is stored");
        }
        LOG.error("persistence failure", e);
        return Problem.of(ProblemType.INTERNAL_ERROR, "the service could not answer");
    }

    private static String sqlStateOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                return pg.getSqlState();
            }
        }
        return null;
    }

    /** {@code instance} is the path this service was asked for (the gateway turns it into the caller's). */
    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getRequestUri().getRawPath()))
                .build();
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
