package cn.lianxi.gateway.proxy;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.gateway.policy.RouteRule;
import cn.lianxi.gateway.policy.RouteTable;
import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemResponses;
import cn.lianxi.gateway.ratelimit.TokenBuckets;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * The edge check (门禁) before any service is called: the route table's rule for this method and path, then either
 * the per-address rate limit (anonymous routes) or the bearer token (verified by quarkus-oidc against the realm's
 * cached keys) and the rule's roles.
 */
@ApplicationScoped
public class AccessGate {

    private final TokenBuckets buckets;

    AccessGate(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    public void handle(RoutingContext rc) {
        Optional<RouteRule> rule = RouteTable.ruleFor(rc.request().method().name(), rc.normalizedPath());
        if (rule.isEmpty()) {
            ProblemResponses.send(rc, Problem.notFound());
        } else if (rule.get().anonymous()) {
            throttle(rc);
        } else {
            authorize(rc, rule.get());
        }
    }

    private void throttle(RoutingContext rc) {
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
        long waitSeconds = buckets.take(address);
        if (waitSeconds == 0) {
            rc.next();
            return;
        }
        rc.response().putHeader("Retry-After", Long.toString(waitSeconds));
        ProblemResponses.send(rc, Problem.rateLimited());
    }

    private void authorize(RoutingContext rc, RouteRule rule) {
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, null)
                .emitOn(task -> context.runOnContext(v -> task.run()))
                .subscribe().with(identity -> decide(rc, rule, identity), failure -> unauthorized(rc));
    }

    private static void decide(RoutingContext rc, RouteRule rule, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthorized(rc);
        } else if (!rule.allows(identity.getRoles())) {
            ProblemResponses.send(rc, Problem.forbidden());
        } else {
            rc.next();
        }
    }

    /** 401 once: a bad token is reported both to the identity's subscriber and to the route's failure handler. */
    static void unauthorized(RoutingContext rc) {
        if (rc.response().headWritten()) {
            return;
        }
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.send(rc, Problem.unauthorized());
    }
}
