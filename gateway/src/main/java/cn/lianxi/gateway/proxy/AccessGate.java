package cn.lianxi.gateway.proxy;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.gateway.policy.RouteRule;
import cn.lianxi.gateway.policy.RouteTable;
import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemResponses;
import cn.lianxi.gateway.ratelimit.TokenBuckets;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The edge check (门禁) before any service is called: the route table's rule for this method and path, then either
 * the per-address rate limit (anonymous routes) or the bearer token (verified by quarkus-oidc against the realm's
 * cached keys, or already verified earlier: {@link VerifiedTokens}) and the rule's roles.
 */
@ApplicationScoped
public class AccessGate {

    /** The request's context local the HTTP server metrics take their {@code uri} tag from. */
    private static final String METRICS_URI = "UrlPathTemplate";

    private final TokenBuckets buckets;
    private final VerifiedTokens verified;

    AccessGate(TokenBuckets buckets, VerifiedTokens verified) {
        this.buckets = buckets;
        this.verified = verified;
    }

    public void handle(RoutingContext rc) {
        Optional<RouteRule> rule = RouteTable.ruleFor(rc.request().method().name(), rc.normalizedPath());
        if (rule.isEmpty()) {
            ProblemResponses.send(rc, Problem.notFound());
            return;
        }
        // the rule's pattern, not the path: one metric per route instead of one per case or referral id, and a log
        // line that names the route but no ID number of a path
        Vertx.currentContext().putLocal(METRICS_URI, rule.get().pattern());
        CallOrigin.matched(rc, rule.get().pattern());
        if (rule.get().anonymous()) {
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

    /**
     * A token verified before is decided on its remembered roles at once. Only the gate uses them: the admin
     * endpoints behind it still ask quarkus-oidc for the identity themselves.
     */
    private void authorize(RoutingContext rc, RouteRule rule) {
        String token = VerifiedTokens.bearer(rc.request().getHeader(HttpHeaders.AUTHORIZATION));
        Set<String> roles = verified.roles(token);
        if (roles != null) {
            decide(rc, rule, roles);
            return;
        }
        verified.beforeVerifying(token);
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, null)
                .emitOn(task -> context.runOnContext(v -> task.run()))
                .subscribe().with(identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        unauthorized(rc);
                        return;
                    }
                    verified.remember(token, identity);
                    decide(rc, rule, identity.getRoles());
                }, failure -> unauthorized(rc));
    }

    private static void decide(RoutingContext rc, RouteRule rule, Set<String> roles) {
        if (rule.allows(roles)) {
            rc.next();
        } else {
            ProblemResponses.send(rc, Problem.forbidden());
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
