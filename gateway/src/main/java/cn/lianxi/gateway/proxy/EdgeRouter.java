package cn.lianxi.gateway.proxy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.config.GatewayConfig;
import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemResponses;
import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The request pipeline of the edge (网关处理链) for {@code /api/**}: body size limit, request id, access gate, then
 * either the gateway's own endpoints (JAX-RS, under {@code /api/admin/} and {@code /api/bulletins/}) or the proxy to a
 * service.
 * It runs after Quarkus' authentication filter (which only prepares the lazy identity) and before JAX-RS.
 */
@ApplicationScoped
public class EdgeRouter {

    private static final Logger LOG = Logger.getLogger(EdgeRouter.class);
    /** What the gateway answers itself (JAX-RS): the admins' monitoring API and the 通报 (bulletin) documents. */
    private static final List<String> OWN_PREFIXES = List.of("/api/admin/", "/api/bulletins/");
    private static final int TRAVERSAL_GUARD_PRIORITY = 10_000;

    private final GatewayConfig config;
    private final AccessGate gate;
    private final ProxyHandler proxy;

    EdgeRouter(GatewayConfig config, AccessGate gate, ProxyHandler proxy) {
        this.config = config;
        this.gate = gate;
        this.proxy = proxy;
    }

    /**
     * Before anything else, on every path of the public port (health and metrics are not there but on the management
     * interface): routing resolves "..", so a traversal could otherwise leave /api/* for another route.
     */
    void guard(@Observes Filters filters) {
        filters.register(EdgeRouter::refuseTraversal, TRAVERSAL_GUARD_PRIORITY);
    }

    void register(@Observes Router router) {
        long limit = config.gateway().maxBodyBytes();
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false))
                .handler(this::admit)
                .handler(gate::handle)
                .handler(this::dispatch)
                .failureHandler(this::failed);
    }

    /**
     * A path that climbs ({@code ..}, also percent-encoded) or hides a separator ({@code %2F}, {@code %5C},
     * backslash) is refused as it arrived, before normalisation could turn it into another route.
     */
    private static void refuseTraversal(RoutingContext rc) {
        String raw = rc.request().path();
        String lower = raw == null ? "" : raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("..") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains("\\")) {
            RequestIds.assign(rc);
            ProblemResponses.send(rc, Problem.of(ProblemType.PATH_NOT_ALLOWED,
                    "the path must not contain dot segments or encoded separators"));
            return;
        }
        rc.next();
    }

    /** The body is read (within the limit); now the request gets its id. */
    private void admit(RoutingContext rc) {
        RequestIds.assign(rc);
        rc.next();
    }

    private void dispatch(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (OWN_PREFIXES.stream().anyMatch(path::startsWith)) {
            rc.next();
        } else {
            proxy.forward(rc);
        }
    }

    /** Failures of the pipeline itself; a body over the limit is refused by the body handler with 413. */
    private void failed(RoutingContext rc) {
        RequestIds.assign(rc);
        if (rc.statusCode() == 413) {
            rc.response().putHeader("Connection", "close");
            ProblemResponses.send(rc, Problem.tooLarge(config.gateway().maxBodyBytes()));
        } else if (rc.failure() instanceof AuthenticationException) {
            // a bad token fails the lazy identity, which Quarkus also reports here
            AccessGate.unauthorized(rc);
        } else if (rc.statusCode() >= 400 && rc.statusCode() < 500) {
            ProblemResponses.send(rc, Problem.of(ProblemType.forStatus(rc.statusCode()), rc.statusCode(),
                    "the request could not be read"));
        } else {
            LOG.error("edge pipeline failure", rc.failure());
            ProblemResponses.send(rc, Problem.of(ProblemType.INTERNAL_ERROR,
                    "the gateway could not handle the request"));
        }
    }
}
