package cn.lianxi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * RSS and CPU of each platform process, from /proc: the launcher's pid files name each component's process group
 * (Keycloak's kc.sh and its java child are one group), sampled every second. A window (one scenario) reports each
 * component's peak RSS and its average CPU (100% = one core), plus the machine's load average.
 */
final class Resources implements AutoCloseable {

    static final List<String> COMPONENTS = List.of("kafka", "keycloak", "case", "liaison", "credit", "gateway");
    static final long TICKS_PER_SECOND = 100;

    private final Path pids;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "resources");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, long[]> current = new LinkedHashMap<>(); // component -> {rssBytes, cpuTicks}
    private final List<Window> open = new ArrayList<>();

    /** What one scenario used. */
    static final class Window {
        final String name;
        final Map<String, Long> startTicks = new LinkedHashMap<>();
        final Map<String, Long> endTicks = new LinkedHashMap<>();
        final Map<String, Long> peakRss = new LinkedHashMap<>();
        final double loadBefore;
        double loadAfter;
        long startNanos;
        long endNanos;

        Window(String name, double loadBefore) {
            this.name = name;
            this.loadBefore = loadBefore;
        }

        double cpuPercent(String c) {
            Long a = startTicks.get(c);
            Long b = endTicks.get(c);
            double secs = (endNanos - startNanos) / 1e9;
            return a == null || b == null || secs <= 0 ? Double.NaN : 100.0 * (b - a) / TICKS_PER_SECOND / secs;
        }

        long rssMb(String c) {
            return peakRss.getOrDefault(c, 0L) / (1024 * 1024);
        }

        long totalRssMb() {
            return peakRss.values().stream().mapToLong(Long::longValue).sum() / (1024 * 1024);
        }
    }

    Resources(Path home) {
        this.pids = home.resolve("pids");
        sample();
        timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    synchronized Window begin(String name) {
        sample();
        Window w = new Window(name, loadAverage());
        w.startNanos = System.nanoTime();
        current.forEach((c, v) -> {
            w.startTicks.put(c, v[1]);
            w.peakRss.put(c, v[0]);
        });
        open.add(w);
        return w;
    }

    synchronized void end(Window w) {
        sample();
        w.endNanos = System.nanoTime();
        w.loadAfter = loadAverage();
        current.forEach((c, v) -> w.endTicks.put(c, v[1]));
        open.remove(w);
    }

    /** The current RSS of each component in MB. */
    synchronized Map<String, Long> rssNowMb() {
        Map<String, Long> m = new LinkedHashMap<>();
        current.forEach((c, v) -> m.put(c, v[0] / (1024 * 1024)));
        return m;
    }

    private synchronized void sample() {
        Map<Long, long[]> byGroup = groups();
        for (String c : COMPONENTS) {
            Long pid = pidOf(c);
            long[] v = pid == null ? null : byGroup.get(pid);
            if (v == null) {
                continue;
            }
            current.put(c, v.clone());
            for (Window w : open) {
                w.peakRss.merge(c, v[0], Math::max);
            }
        }
    }

    /**
     * CPU time used so far by the platform's own processes (every component's process group), in ticks of 10 ms.
     * PostgreSQL is not in it: it is the machine's shared cluster, not a process group of the platform.
     */
    static long platformTicks(Path home) {
        return componentTicks(home).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each running component's CPU time so far, in ticks of 10 ms. */
    static Map<String, Long> componentTicks(Path home) {
        Map<Long, long[]> byGroup = groups();
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String c : COMPONENTS) {
            Long pid = pidOf(home.resolve("pids"), c);
            long[] v = pid == null ? null : byGroup.get(pid);
            if (v != null) {
                ticks.put(c, v[1]);
            }
        }
        return ticks;
    }

    /**
     * CPU time so far of every process named {@code postgres} on the machine (the cluster's postmaster, its
     * background workers and every backend), in ticks: the shared cluster, so other users' work counts too.
     */
    static long postgresTicks() {
        long[] ticks = {0};
        eachProcess((name, f) -> {
            if (name.equals("postgres")) {
                ticks[0] += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
        });
        return ticks[0];
    }

    private Long pidOf(String component) {
        return pidOf(pids, component);
    }

    private static Long pidOf(Path pids, String component) {
        try {
            return Long.parseLong(Files.readString(pids.resolve(component + ".pid")).trim());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Process group id -> {summed RSS bytes, summed utime+stime ticks} over every process in /proc. */
    private static Map<Long, long[]> groups() {
        Map<Long, long[]> m = new java.util.HashMap<>();
        eachProcess((name, f) -> {
            long[] v = m.computeIfAbsent(Long.parseLong(f[2]), k -> new long[2]);
            v[0] += Long.parseLong(f[21]) * 4096;
            v[1] += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        });
        return m;
    }

    /** Each process's name and the fields of its /proc stat after the name (state first); gone ones are skipped. */
    private static void eachProcess(BiConsumer<String, String[]> action) {
        try (var dirs = Files.list(Path.of("/proc"))) {
            dirs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    action.accept(name, stat.substring(stat.lastIndexOf(')') + 2).split(" "));
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
