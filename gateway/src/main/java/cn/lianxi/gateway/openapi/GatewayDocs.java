package cn.lianxi.gateway.openapi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemResponses;
import cn.lianxi.gateway.proxy.CallOrigin;
import cn.lianxi.gateway.proxy.ForwardedHeaders;
import cn.lianxi.gateway.proxy.RequestIds;
import cn.lianxi.gateway.proxy.Upstream;
import cn.lianxi.gateway.proxy.UpstreamClient;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.mutiny.Uni;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the gateway's OpenAPI documents (anonymous, like Swagger UI): {@code GET /openapi} is the one document of
 * the platform at the gateway's paths ({@link GatewayDocument}), {@code GET /openapi/{case|liaison|credit}} one
 * service's part of it. Each service's own document is fetched from its {@code /q/openapi} on every call, so the
 * gateway always shows what the running services serve; one that does not answer is left out and named.
 */
@ApplicationScoped
public class GatewayDocs {

    private static final Logger LOG = Logger.getLogger(GatewayDocs.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE_DOCUMENT = "/q/openapi?format=json";

    private final UpstreamClient client;
    private final OpenApiDocumentService own;

    GatewayDocs(UpstreamClient client, OpenApiDocumentService own) {
        this.client = client;
        this.own = own;
    }

    void register(@Observes Router router) {
        router.get("/openapi").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::all);
        router.get("/openapi/:service").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::one);
    }

    private void all(RoutingContext rc) {
        RequestIds.assign(rc);
        CallOrigin.matched(rc, "/openapi");
        JsonNode gateway = ownDocument();
        List<Uni<Optional<JsonNode>>> fetches = List.of(Upstream.values()).stream().map(u -> fetch(rc, u)).toList();
        Uni.combine().all().unis(fetches).with(results -> {
            Map<Upstream, JsonNode> services = new EnumMap<>(Upstream.class);
            for (int i = 0; i < results.size(); i++) {
                @SuppressWarnings("unchecked")
                Optional<JsonNode> doc = (Optional<JsonNode>) results.get(i);
                Upstream upstream = Upstream.values()[i];
                doc.ifPresent(d -> services.put(upstream, d));
            }
            return GatewayDocument.merge(gateway, services);
        }).subscribe().with(doc -> send(rc, doc), failure -> fail(rc, failure));
    }

    private void one(RoutingContext rc) {
        RequestIds.assign(rc);
        CallOrigin.matched(rc, "/openapi/{service}");
        Upstream upstream = Upstream.named(rc.pathParam("service")).orElse(null);
        if (upstream == null) {
            ProblemResponses.send(rc, Problem.notFound());
            return;
        }
        JsonNode gateway = ownDocument();
        fetch(rc, upstream).subscribe().with(doc -> {
            if (doc.isEmpty()) {
                rc.response().putHeader("Retry-After", "5");
                ProblemResponses.send(rc, Problem.of(cn.lianxi.contracts.ProblemType.UPSTREAM_UNAVAILABLE,
                        "the " + upstream.key() + " service did not answer for its document"));
            } else {
                send(rc, GatewayDocument.forService(upstream, gateway, doc.get()));
            }
        }, failure -> fail(rc, failure));
    }

    /** A service's own document, or empty when it cannot give it (down, breaker open, not JSON). */
    private Uni<Optional<JsonNode>> fetch(RoutingContext rc, Upstream upstream) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add(ForwardedHeaders.REQUEST_ID, RequestIds.of(rc))
                .add("Accept", "application/json");
        return client.call(upstream, HttpMethod.GET, SERVICE_DOCUMENT, headers, null, CallOrigin.of(rc))
                .map(response -> {
                    if (response.status() != 200 || response.body() == null) {
                        return Optional.<JsonNode>empty();
                    }
                    try {
                        return Optional.of(JSON.readTree(response.body().getBytes()));
                    } catch (java.io.IOException e) {
                        LOG.warnf("the %s service's OpenAPI document is not JSON", upstream.key());
                        return Optional.<JsonNode>empty();
                    }
                })
                .onFailure().recoverWithItem(Optional.empty());
    }

    private JsonNode ownDocument() {
        try {
            return JSON.readTree(own.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(RoutingContext rc, JsonNode doc) {
        if (rc.response().closed()) {
            return;
        }
        rc.response().putHeader("Content-Type", "application/json").putHeader(ForwardedHeaders.REQUEST_ID,
                RequestIds.of(rc)).end(doc.toString());
    }

    private static void fail(RoutingContext rc, Throwable failure) {
        LOG.error("gateway OpenAPI document failed", failure);
        ProblemResponses.send(rc, Problem.of(cn.lianxi.contracts.ProblemType.INTERNAL_ERROR,
                "the gateway could not assemble its OpenAPI document"));
    }
}
