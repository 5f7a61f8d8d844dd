package cn.lianxi.gateway.proxy;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import cn.lianxi.gateway.config.GatewayConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * Calls the services (下游服务). Every call has a timeout, so a slow service gives a quick 504, and passes that
 * service's circuit breaker, so a failing one is not hammered and answers 503 at once until a probe succeeds. Only
 * transport failures and timeouts count as failures; a service's own 4xx/5xx answer is passed through untouched.
 * The whole call, timer included, stays on the request's event loop: the answer is relayed without a thread hop.
 * Timeouts and breaker changes are logged with the route and request id the call was made for ({@link UpstreamLog}).
 */
@ApplicationScoped
public class UpstreamClient {

    private static final TypeLiteral<Uni<UpstreamResponse>> RESPONSE = new TypeLiteral<>() {
    };

    private final Vertx vertx;
    private final WebClient client;
    private final GatewayConfig config;
    private final Map<Upstream, Guard> guards = new EnumMap<>(Upstream.class);
    private final UpstreamLog log;

    UpstreamClient(Vertx vertx, GatewayConfig config, CircuitBreakerMaintenance breakers) {
        this.vertx = vertx;
        this.config = config;
        this.log = new UpstreamLog(breakers);
        this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)
                .setConnectTimeout(2000).setMaxPoolSize(64).setDecompressionSupported(false));
        for (Upstream upstream : Upstream.values()) {
            guards.put(upstream, guardFor(upstream));
        }
    }

    /** Name of the circuit breaker guarding one service (for {@code CircuitBreakerMaintenance}). */
    public static String breakerName(Upstream upstream) {
        return "upstream-" + upstream.key();
    }

    /**
     * One call to a service on behalf of {@code origin}: {@code pathAndQuery} is relative to its base URL;
     * {@code body} may be null.
     */
    public Uni<UpstreamResponse> call(Upstream upstream, HttpMethod method, String pathAndQuery, MultiMap headers,
            Buffer body, CallOrigin origin) {
        return guarded(upstream, method, baseUrl(config.upstream(), "upstream", upstream) + pathAndQuery, headers, body,
                origin);
    }

    /**
     * A GET of the service's management interface ({@code lianxi.management.<key>}), where its health is served:
     * the same timeout and the same circuit breaker as its API, since both answer from the one process.
     */
    public Uni<UpstreamResponse> callManagement(Upstream upstream, String path, MultiMap headers, CallOrigin origin) {
        return guarded(upstream, HttpMethod.GET, baseUrl(config.management(), "management", upstream) + path, headers,
                null, origin);
    }

    private Uni<UpstreamResponse> guarded(Upstream upstream, HttpMethod method, String url, MultiMap headers,
            Buffer body, CallOrigin origin) {
        return guards.get(upstream).get(() -> {
            log.breakerSeenBy(upstream, origin); // let through: a probe sees half-open here
            return send(upstream, method, url, headers, body, origin);
        }, RESPONSE).onTermination().invoke(() -> log.breakerSeenBy(upstream, origin));
    }

    /**
     * The timeout is a Vert.x timer of the calling event loop (a fault-tolerance timeout would arm a timer on its
     * own thread for every call and answer from there); a late answer is dropped.
     */
    private Uni<UpstreamResponse> send(Upstream upstream, HttpMethod method, String url, MultiMap headers,
            Buffer body, CallOrigin origin) {
        long timeoutMillis = config.gateway().upstreamTimeout().toMillis();
        // the client's own idle timeout only frees the connection; the timer below answers the caller
        HttpRequest<Buffer> request = client.requestAbs(method, url).putHeaders(headers).timeout(timeoutMillis + 1000);
        return Uni.createFrom().emitter(emitter -> {
            long timer = vertx.setTimer(timeoutMillis, id -> {
                log.timedOut(upstream, origin, timeoutMillis);
                // no URL in the message: its path or query can carry personal data
                emitter.fail(new TimeoutException("no answer within " + timeoutMillis + " ms"));
            });
            (body == null || body.length() == 0 ? request.send() : request.sendBuffer(body)).onComplete(answer -> {
                vertx.cancelTimer(timer);
                if (answer.succeeded()) {
                    emitter.complete(toResponse(answer.result()));
                } else {
                    emitter.fail(answer.cause());
                }
            });
        });
    }

    private static UpstreamResponse toResponse(HttpResponse<Buffer> response) {
        return new UpstreamResponse(response.statusCode(), response.headers(), response.body());
    }

    private static String baseUrl(Map<String, String> urls, String property, Upstream upstream) {
        String base = urls.get(upstream.key());
        if (base == null) {
            throw new IllegalStateException("lianxi." + property + "." + upstream.key() + " is not configured");
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private Guard guardFor(Upstream upstream) {
        GatewayConfig.Breaker breaker = config.gateway().breaker();
        return Guard.create().withDescription(breakerName(upstream))
                .withCircuitBreaker().name(breakerName(upstream))
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .done()
                .build();
    }

    /** What a service answered. {@code body} is null when it sent none. */
    public record UpstreamResponse(int status, MultiMap headers, Buffer body) {
    }
}
