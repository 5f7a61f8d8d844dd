package cn.lianxi.gateway.problem;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail (问题详情), served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type names the gateway rule that produced it, e.g. {@code .../problems/rate-limited}. */
    public static Problem of(int status, String rule, String title, String detail) {
        return new Problem(URI.create("https://lianxi.cn/problems/" + rule), title, status, detail, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path);
    }

    public static Problem unauthorized() {
        return of(401, "unauthorized", "Unauthorized", "a valid bearer token is required");
    }

    public static Problem forbidden() {
        return of(403, "forbidden", "Forbidden", "your role may not use this route");
    }

    public static Problem notFound() {
        return of(404, "no-route", "Not Found", "no service owns this path");
    }

    public static Problem tooLarge(long limit) {
        return of(413, "body-too-large", "Content Too Large", "the request body exceeds " + limit + " bytes");
    }

    public static Problem rateLimited() {
        return of(429, "rate-limited", "Too Many Requests", "too many requests from this address, retry later");
    }
}
