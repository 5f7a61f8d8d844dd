package cn.lianxi.gateway.proxy;

import java.net.URI;
import java.util.Set;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * Headers on the way through: end-to-end headers pass unchanged (Authorization included, so each service checks
 * the caller itself), hop-by-hop headers stop at the gateway, and the request id and W3C trace context are set.
 */
public final class ForwardedHeaders {

    public static final String REQUEST_ID = "X-Request-Id";

    /** RFC 9110 §7.6.1 connection-specific headers, plus those the HTTP client sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length");

    private static final TextMapSetter<MultiMap> SETTER = (carrier, key, value) -> carrier.set(key, value);

    private ForwardedHeaders() {
    }

    /** The headers to send to a service for this incoming request. */
    public static MultiMap toUpstream(HttpServerRequest request, String requestId, OpenTelemetry otel) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        copyEndToEnd(request.headers(), out);
        out.set(REQUEST_ID, requestId);
        out.set("X-Forwarded-For", request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
        out.set("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            out.set("X-Forwarded-Host", request.authority().toString());
        }
        // the gateway's own span becomes the parent; without an active span the caller's traceparent passes as is
        otel.getPropagators().getTextMapPropagator().inject(Context.current(), out, SETTER);
        return out;
    }

    /**
     * The caller's view of a service's {@code Location}: a service names its resources by its own address
     * ({@code http://127.0.0.1:18081/cases/7}) or path ({@code /cases/7}), which must neither leak the internal
     * address nor send the caller around the gateway, so a path the answering service owns becomes the gateway's
     * ({@code /api/cases/7}). Anything else (a relative reference, another site) passes unchanged.
     */
    public static String publicLocation(String location, Upstream owner) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
            return location;
        }
        String gatewayPath = "/api" + path;
        boolean owned = Upstream.resolve(gatewayPath).map(t -> t.upstream() == owner).orElse(false);
        if (!owned) {
            return location;
        }
        return uri.getRawQuery() == null ? gatewayPath : gatewayPath + "?" + uri.getRawQuery();
    }

    /** Copies end-to-end headers from {@code from} into {@code to}. */
    public static void copyEndToEnd(MultiMap from, MultiMap to) {
        from.forEach(e -> {
            if (!HOP_BY_HOP.contains(e.getKey().toLowerCase())) {
                to.add(e.getKey(), e.getValue());
            }
        });
    }
}
