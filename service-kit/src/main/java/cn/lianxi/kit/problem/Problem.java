package cn.lianxi.kit.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. {@code errors} names each field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path and what is wrong with it (never its value, which may be personal data). */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(URI.create("about:blank"), title, status, detail, null, null);
    }

    public static Problem ofRule(int status, String rule, String detail, List<FieldError> errors) {
        return new Problem(URI.create("https://lianxi.cn/problems/" + rule), rule, status, detail, null, errors);
    }
}
