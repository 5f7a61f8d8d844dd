package cn.lianxi.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemResponses;
import cn.lianxi.gateway.proxy.UpstreamClient.UpstreamResponse;
import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Forwards an admitted request to the owning service (转发) and relays its answer: status, headers and body. */
@ApplicationScoped
public class ProxyHandler {

    private final UpstreamClient client;
    private final OpenTelemetry otel;

    ProxyHandler(UpstreamClient client, OpenTelemetry otel) {
        this.client = client;
        this.otel = otel;
    }

    /** {@code /api/...}: method, path, query, headers and body go to the service that owns the path. */
    public void forward(RoutingContext rc) {
        Upstream.Target target = Upstream.resolve(rc.normalizedPath()).orElse(null);
        if (target == null) {
            ProblemResponses.send(rc, Problem.notFound());
            return;
        }
        String query = rc.request().query();
        String pathAndQuery = query == null ? target.path() : target.path() + "?" + query;
        Buffer body = rc.body() == null ? null : rc.body().buffer();
        relay(rc, target.upstream(), rc.request().method(), pathAndQuery, body);
    }

    private void relay(RoutingContext rc, Upstream upstream, HttpMethod method, String pathAndQuery, Buffer body) {
        MultiMap headers = ForwardedHeaders.toUpstream(rc.request(), RequestIds.of(rc), otel);
        // the client answers on this request's event loop (UpstreamClient), so the response is written from here
        client.call(upstream, method, pathAndQuery, headers, body, CallOrigin.of(rc))
                .subscribe().with(response -> write(rc, upstream, response), failure -> fail(rc, upstream, failure));
    }

    private static void write(RoutingContext rc, Upstream owner, UpstreamResponse upstream) {
        HttpServerResponse response = rc.response();
        if (response.closed()) {
            return;
        }
        if (upstream.status() >= 400 && !isProblem(upstream)) {
            // e.g. a service's bare 404 for a path it has no resource for: callers always get problem+json
            ProblemResponses.send(rc, Problem.of(ProblemType.forStatus(upstream.status()), upstream.status(),
                    "the service refused the request"));
            return;
        }
        response.setStatusCode(upstream.status());
        ForwardedHeaders.copyEndToEnd(upstream.headers(), response.headers());
        String location = upstream.headers().get("Location");
        if (location != null) {
            response.headers().set("Location", ForwardedHeaders.publicLocation(location, owner));
        }
        response.headers().set(ForwardedHeaders.REQUEST_ID, RequestIds.of(rc));
        if (upstream.body() == null) {
            response.end();
        } else if (isProblem(upstream)) {
            // the service names its own path; the caller's is the gateway's (/api/...)
            Buffer relayed = ProblemResponses.atInstance(upstream.body(), rc.request().path());
            response.headers().remove("Content-Length");
            response.end(relayed);
        } else {
            response.end(upstream.body());
        }
    }

    private static boolean isProblem(UpstreamResponse upstream) {
        String type = upstream.headers().get("Content-Type");
        return type != null && type.startsWith(Problem.MEDIA_TYPE);
    }

    private void fail(RoutingContext rc, Upstream upstream, Throwable failure) {
        Problem problem = UpstreamFailures.problem(upstream, failure);
        if (problem.status() == 503) {
            rc.response().putHeader("Retry-After", "5");
        }
        ProblemResponses.send(rc, problem);
    }
}
