package cn.lianxi.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches {@code /q/health/ready} of every service (every 100 ms, on its management interface) while faults are
 * injected: which ones went red since the last {@link #reset()}, and whether all are green now. An unreachable service
 * counts as red.
 */
final class Readiness implements AutoCloseable {

    static final List<String> SERVICES = List.of("case", "liaison", "credit", "gateway");

    private final Platform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final ScheduledExecutorService poller = Executors.newScheduledThreadPool(SERVICES.size());
    private final Map<String, Boolean> green = new ConcurrentHashMap<>();
    private final Set<String> wentRed = ConcurrentHashMap.newKeySet();

    Readiness(Platform platform) {
        this.platform = platform;
        for (String s : SERVICES) {
            poller.scheduleWithFixedDelay(() -> poll(s), 0, 100, TimeUnit.MILLISECONDS);
        }
    }

    private void poll(String service) {
        boolean ok;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(platform.managementUrl(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            ok = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            ok = false;
        }
        green.put(service, ok);
        if (!ok) {
            wentRed.add(service);
        }
    }

    void reset() {
        wentRed.clear();
    }

    Set<String> wentRed() {
        return new TreeSet<>(wentRed);
    }

    /** Whether {@code service} answered ready at its last poll. */
    boolean green(String service) {
        return Boolean.TRUE.equals(green.get(service));
    }

    boolean allGreen() {
        return SERVICES.stream().allMatch(s -> Boolean.TRUE.equals(green.get(s)));
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
