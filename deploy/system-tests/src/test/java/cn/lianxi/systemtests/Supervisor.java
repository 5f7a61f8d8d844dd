package cn.lianxi.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What Kubernetes does for the launched services during the fault campaign (its liveness probe and restart policy,
 * deploy/k8s: {@code /q/health/live}, three failures in a row): a service whose liveness answers DOWN
 * {@value #THRESHOLD} polls in a row ({@value #PERIOD_SECONDS} s apart) is restarted. A service that does not answer
 * at all is not DOWN: the nemesis killed or paused it and heals it itself. Every restart is kept with the liveness
 * answer that caused it, for the campaign's report: each one is a finding (the service could not recover alone).
 */
final class Supervisor implements AutoCloseable {

    static final int PERIOD_SECONDS = 5;
    static final int THRESHOLD = 3;

    private final Platform platform;
    private final Consumer<String> restart;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "campaign-supervisor");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Integer> downInARow = new HashMap<>();
    private final List<String> restarts = Collections.synchronizedList(new ArrayList<>());

    /** @param restart restarts one service ({@code case}, {@code liaison}, {@code credit}, {@code gateway}) */
    Supervisor(Platform platform, Consumer<String> restart) {
        this.platform = platform;
        this.restart = restart;
        poller.scheduleWithFixedDelay(this::poll, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void poll() {
        for (String service : Readiness.SERVICES) {
            String down = livenessDown(service);
            int n = down == null ? 0 : downInARow.merge(service, 1, Integer::sum);
            if (down == null) {
                downInARow.remove(service);
            } else if (n >= THRESHOLD) {
                restarts.add(Instant.now() + " " + service + ": " + down);
                System.out.printf("[campaign] supervisor restarts %s: liveness DOWN %d times: %s%n", service, n, down);
                downInARow.remove(service);
                try {
                    restart.accept(service);
                } catch (RuntimeException e) {
                    restarts.add(Instant.now() + " " + service + ": restart failed: " + e.getMessage());
                }
            }
        }
    }

    /** The liveness answer when it says DOWN; null when UP or when the service does not answer. */
    private String livenessDown(String service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(platform.managementUrl(service) + "/q/health/live"))
                    .timeout(Duration.ofSeconds(3)).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 503 ? r.body().replaceAll("\\s+", " ") : null;
        } catch (Exception unreachable) {
            return null;
        }
    }

    /** The restarts so far, each with its time and the liveness answer that caused it. */
    List<String> restarts() {
        synchronized (restarts) {
            return List.copyOf(restarts);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
