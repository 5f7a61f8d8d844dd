package cn.lianxi.systemtests.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The nemesis (故障注入者): runs a {@link Schedule} on its own thread, injecting each fault at its offset and healing
 * it when its hold is over, and hands every fault to a sink as the history's {@link Fault} once it is known how long
 * the platform took to recover: from the heal until the readiness probe first answers true (polled every
 * {@value #POLL_MILLIS} ms, at most the recovery limit; a fault the platform did not recover from within it has no
 * recovery time).
 *
 * <p>Injections and heals run one after the other in the order of their times (a heal before an injection due at
 * the same moment), so a slow one (a service's restart takes tens of seconds) delays those after it: the schedule's
 * offsets are the earliest times, the records carry the real ones. A fault that fails to inject is still healed and
 * recorded, and its error is kept in {@link #errors()}. Closing the nemesis early heals whatever it still holds.
 */
public final class Nemesis implements AutoCloseable {

    static final long POLL_MILLIS = 50;

    private final Schedule schedule;
    private final Consumer<Fault> sink;
    private final BooleanSupplier ready;
    private final Duration recoveryLimit;
    private final Thread thread;
    private final ExecutorService probes = Executors.newCachedThreadPool(body -> {
        Thread probe = new Thread(body, "nemesis-recovery");
        probe.setDaemon(true);
        return probe;
    });
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param sink          receives each fault once its recovery is measured; its calls never overlap
     * @param ready         whether the platform answers like before (the campaign's readiness check)
     * @param recoveryLimit how long after a heal the probe is asked at most
     */
    public Nemesis(Schedule schedule, Consumer<Fault> sink, BooleanSupplier ready, Duration recoveryLimit) {
        this.schedule = schedule;
        this.sink = sink;
        this.ready = ready;
        this.recoveryLimit = recoveryLimit;
        this.thread = new Thread(this::run, "nemesis-" + schedule.seed());
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Waits for the schedule to be done and every recovery to be measured; false if that took longer. */
    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        thread.join(Math.max(1, timeout.toMillis()));
        if (thread.isAlive()) {
            return false;
        }
        probes.shutdown();
        return probes.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Faults that could not be injected or healed, with why. */
    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** One moment of the run: a step's injection or its heal. */
    private record Event(Duration at, boolean heal, int step) {
    }

    private void run() {
        List<Schedule.Step> steps = schedule.steps();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            events.add(new Event(steps.get(i).at(), false, i));
            events.add(new Event(steps.get(i).end(), true, i));
        }
        events.sort(Comparator.comparing(Event::at).thenComparing(e -> !e.heal()).thenComparing(Event::step));
        TreeMap<Integer, Instant> holding = new TreeMap<>();
        long begin = System.nanoTime();
        try {
            for (Event event : events) {
                if (!sleepUntil(begin + event.at().toNanos())) {
                    return;
                }
                NemesisFault fault = steps.get(event.step()).fault();
                if (event.heal()) {
                    heal(fault, holding.remove(event.step()));
                } else {
                    holding.put(event.step(), Instant.now());
                    attempt("inject", fault, fault::inject);
                }
            }
        } finally {
            // stopped early: nothing stays broken behind the campaign (the heals' own waits must not see the interrupt)
            Thread.interrupted();
            holding.forEach((step, startedAt) -> heal(steps.get(step).fault(), startedAt));
        }
    }

    private void heal(NemesisFault fault, Instant startedAt) {
        attempt("heal", fault, fault::heal);
        Instant endedAt = Instant.now();
        probes.execute(() -> record(fault, startedAt, endedAt));
    }

    private void attempt(String what, NemesisFault fault, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            errors.add(what + " " + fault.describe() + ": " + e.getMessage());
        }
    }

    private void record(NemesisFault fault, Instant startedAt, Instant endedAt) {
        Instant recoveredAt = recovery(endedAt);
        synchronized (sink) {
            sink.accept(new Fault(fault.kind(), fault.target(), startedAt, endedAt, recoveredAt));
        }
    }

    /** The first moment the probe answers true after {@code healedAt}, or null within the limit. */
    private Instant recovery(Instant healedAt) {
        Instant limit = healedAt.plus(recoveryLimit);
        while (true) {
            if (ready.getAsBoolean()) {
                return Instant.now();
            }
            if (Instant.now().isAfter(limit) || !sleepUntil(System.nanoTime() + POLL_MILLIS * 1_000_000)) {
                return null;
            }
        }
    }

    /** Sleeps until {@code nanoTime} ({@link System#nanoTime()}'s scale); false when interrupted (being closed). */
    static boolean sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !Thread.currentThread().isInterrupted();
    }

    /** Stops early if still running: heals what is held and waits a little for the recoveries being measured. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(TimeUnit.MINUTES.toMillis(5));
        probes.shutdown();
        probes.awaitTermination(recoveryLimit.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    }
}
