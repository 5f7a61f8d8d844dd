package cn.lianxi.gateway.problem;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.ProblemType;

/**
 * An RFC 9457 problem detail (问题详情), served as {@code application/problem+json}: {@code type} and {@code title}
 * from the platform's one {@link ProblemType} catalogue (the services answer with the same), {@code instance} the
 * request path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail) {
        return of(type, type.status(), detail);
    }

    /** A catalogued type answered with another status than its usual one (a relayed bare answer). */
    public static Problem of(ProblemType type, int status, String detail) {
        return new Problem(type.uri(), type.title(), status, detail, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path);
    }

    public static Problem unauthorized() {
        return of(ProblemType.UNAUTHORIZED, "a valid bearer token is required");
    }

    public static Problem forbidden() {
        return of(ProblemType.FORBIDDEN, "your role may not use this route");
    }

    public static Problem notFound() {
        return of(ProblemType.NO_ROUTE, "no service owns this path");
    }

    public static Problem tooLarge(long limit) {
        return of(ProblemType.BODY_TOO_LARGE, "the request body exceeds " + limit + " bytes");
    }

    public static Problem rateLimited() {
        return of(ProblemType.RATE_LIMITED, "too many requests from this address, retry later");
    }
}
