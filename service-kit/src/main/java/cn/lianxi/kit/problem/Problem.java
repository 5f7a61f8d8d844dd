package cn.lianxi.kit.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.ProblemType;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}: {@code type} and {@code title} from the
 * {@link ProblemType} catalogue, {@code instance} the request path (never the query, which may hold an ID number),
 * {@code errors} each field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path and what is wrong with it (never its value, which may be personal data). */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return of(type, type.status(), detail, null);
    }

    public static Problem of(ProblemType type, int status, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), status, detail, null, errors);
    }

    /** This problem as answered to the request for {@code path}. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
