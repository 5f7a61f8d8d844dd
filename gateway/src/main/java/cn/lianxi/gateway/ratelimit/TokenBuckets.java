package cn.lianxi.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.gateway.config.GatewayConfig;

/**
 * Token buckets per client address (按来源地址限流) for the anonymous routes: {@code capacity} requests at once,
 * refilled evenly over {@code refillPeriod}. Buckets that have refilled completely are dropped, so the map holds
 * only addresses that were recently busy.
 */
@ApplicationScoped
public class TokenBuckets {

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double nanosPerToken;

    TokenBuckets(GatewayConfig config) {
        this.capacity = config.gateway().publicRate().capacity();
        this.nanosPerToken = (double) config.gateway().publicRate().refillPeriod().toNanos() / capacity;
    }

    /** Takes one token for this address: 0 if allowed, otherwise the whole seconds to wait (for Retry-After). */
    public long take(String address) {
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(address, a -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double waitNanos = (1 - tokens) * nanosPerToken;
            return Math.max(1, (long) Math.ceil(waitNanos / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
            updated = now;
        }
    }
}
