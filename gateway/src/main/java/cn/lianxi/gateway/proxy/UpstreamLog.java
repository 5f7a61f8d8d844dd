package cn.lianxi.gateway.proxy;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * What an operator must find in the log about the services (下游服务日志): every timeout and every change of a
 * circuit breaker (open, half-open, closed), each with the service, the route pattern and the request id.
 * <p>
 * The breaker's own state-change callback cannot say which request caused a change, and its move to half-open
 * fires from a timer thread with no request at all. So the calls watch the breaker instead: each call looks at its
 * service's breaker when it is let through and when it ends, and the first call to see a new state reports it.
 * A change is thus told once, by the call that caused it (or, for half-open, by the probe that tests it).
 */
final class UpstreamLog {

    private static final Logger LOG = Logger.getLogger(UpstreamLog.class);

    private final CircuitBreakerMaintenance breakers;
    private final Map<Upstream, AtomicReference<CircuitBreakerState>> lastSeen = new EnumMap<>(Upstream.class);

    UpstreamLog(CircuitBreakerMaintenance breakers) {
        this.breakers = breakers;
        for (Upstream upstream : Upstream.values()) {
            lastSeen.put(upstream, new AtomicReference<>(CircuitBreakerState.CLOSED));
        }
    }

    void timedOut(Upstream upstream, CallOrigin origin, long timeoutMillis) {
        LOG.warnf("upstream timeout: service=%s route=%s requestId=%s no answer within %d ms", upstream.key(),
                origin.route(), origin.requestId(), timeoutMillis);
    }

    /** Reports the state of the service's breaker if no call has reported it yet. */
    void breakerSeenBy(Upstream upstream, CallOrigin origin) {
        CircuitBreakerState now = breakers.currentState(UpstreamClient.breakerName(upstream));
        CircuitBreakerState before = lastSeen.get(upstream).getAndSet(now);
        if (before == now) {
            return;
        }
        String message = "circuit breaker %s: service=%s route=%s requestId=%s (was %s)";
        if (now == CircuitBreakerState.OPEN) {
            LOG.warnf(message, name(now), upstream.key(), origin.route(), origin.requestId(), name(before));
        } else {
            LOG.infof(message, name(now), upstream.key(), origin.route(), origin.requestId(), name(before));
        }
    }

    private static String name(CircuitBreakerState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
