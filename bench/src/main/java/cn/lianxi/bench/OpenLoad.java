package cn.lianxi.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load at a fixed arrival rate: operation i is due at start + i/rate whatever happened to the earlier
 * ones, and its latency is measured from that intended time, so a stall shows up as latency of every operation
 * that should have started during it (no coordinated omission). The number in flight is capped only as a safety
 * bound; an operation that could not even be started counts as an error.
 */
final class OpenLoad {

    private static final int MAX_IN_FLIGHT = 4000;

    private OpenLoad() {
    }

    /** The operation gets its sequence number and its intended start (System.nanoTime) and completes when done. */
    interface Op {
        CompletableFuture<?> start(long seq, long intendedNanos);
    }

    static Lat run(String name, double rate, double seconds, Op op) {
        Lat lat = new Lat(name, rate);
        long count = Math.max(1, Math.round(rate * seconds));
        long period = (long) (1e9 / rate);
        AtomicLong inFlight = new AtomicLong();
        CompletableFuture<?>[] all = new CompletableFuture<?>[(int) count];
        long begin = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long intended = begin + i * period;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            lat.offered++;
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                lat.error();
                all[(int) i] = CompletableFuture.completedFuture(null);
                continue;
            }
            inFlight.incrementAndGet();
            CompletableFuture<?> f;
            try {
                f = op.start(i, intended);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            all[(int) i] = f.whenComplete((r, e) -> {
                inFlight.decrementAndGet();
                if (e == null) {
                    lat.record((System.nanoTime() - intended) / 1000);
                } else {
                    lat.error(e);
                }
            });
        }
        try {
            CompletableFuture.allOf(all).exceptionally(e -> null).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            // whatever did not finish within the bound is counted as missing (offered - ok - errors)
        }
        lat.seconds = (System.nanoTime() - begin) / 1e9;
        return lat;
    }
}
