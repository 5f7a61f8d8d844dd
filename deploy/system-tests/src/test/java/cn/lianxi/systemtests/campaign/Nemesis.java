package cn.lianxi.systemtests.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The nemesis (故障注入者): runs a {@link Schedule} on its own thread, injecting each fault at its offset and healing
 * it when its hold is over, and hands every fault to a sink as the history's {@link Fault} once it is known how long
 * the platform took to recover: from the heal until the readiness probe first answers true (polled every
 * {@value #POLL_MILLIS} ms, at most the recovery limit; a fault the platform did not recover from within it has no
 * recovery time).
 *
 * <p>Each group of targets (a target alone, unless the campaign puts several in one: the three brokers, of which at
 * most one may be down, or the KRaft quorum of three is lost) has a worker of its own that runs the group's faults in
 * order, each only once the one before it was healed <em>and</em> recovered from (or its recovery limit passed): a
 * slow heal or recovery (a service's restart takes tens of seconds) delays only the next fault of the same group, a
 * target is never hit again before it is back, and every fault is held for its whole duration from the moment it was
 * injected. The schedule's offsets are the earliest times, the records carry the real ones. Faults of different
 * groups overlap as the schedule draws them. A fault that fails to inject is still healed and recorded, and its error
 * is kept in {@link #errors()}. Closing the nemesis early heals whatever it still holds.
 */
public final class Nemesis implements AutoCloseable {

    static final long POLL_MILLIS = 50;

    private final Schedule schedule;
    private final Consumer<Fault> sink;
    private final Predicate<String> ready;
    private final Duration recoveryLimit;
    private final UnaryOperator<String> group;
    private final Thread thread;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param sink          receives each fault once its recovery is measured; its calls never overlap
     * @param ready         whether what a fault on this target hurt answers like before again (the campaign's
     *                      readiness check: the service itself, or every service for a broker or the database)
     * @param recoveryLimit how long after a heal the probe is asked at most
     * @param group         the group of a target: the faults of one group run one after the other
     */
    public Nemesis(Schedule schedule, Consumer<Fault> sink, Predicate<String> ready, Duration recoveryLimit,
            UnaryOperator<String> group) {
        this.schedule = schedule;
        this.group = group;
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
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    /** Faults that could not be injected or healed, with why. */
    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** A worker per group, each running that group's steps in order; waits for all of them. */
    private void run() {
        Map<String, List<Schedule.Step>> byGroup = new LinkedHashMap<>();
        schedule.steps().forEach(s -> byGroup.computeIfAbsent(group.apply(s.fault().target()), g -> new ArrayList<>())
                .add(s));
        long begin = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        byGroup.forEach((name, steps) -> {
            Thread worker = new Thread(() -> runGroup(steps, begin), "nemesis-" + name);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        });
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException closing) {
            // closed early: each worker heals what it holds before it ends
            workers.forEach(Thread::interrupt);
            for (Thread worker : workers) {
                try {
                    worker.join(TimeUnit.MINUTES.toMillis(5));
                } catch (InterruptedException again) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * One group's faults, one after the other: each injected at its offset (or at once, when the one before in this
     * group recovered late), held for its whole duration from the moment it was injected, then healed, even when the
     * nemesis is being closed (nothing stays broken behind the campaign), and its recovery awaited.
     */
    private void runGroup(List<Schedule.Step> steps, long begin) {
        for (Schedule.Step step : steps) {
            if (!sleepUntil(begin + step.at().toNanos())) {
                return;
            }
            NemesisFault fault = step.fault();
            Instant startedAt = Instant.now();
            attempt("inject", fault, fault::inject);
            boolean held = sleepUntil(System.nanoTime() + step.duration().toNanos());
            Thread.interrupted(); // the heal's own waits must not see the interrupt
            heal(fault, startedAt);
            if (!held || Thread.currentThread().isInterrupted()) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Heals, then waits for the recovery and records the fault (an interrupt while waiting: no recovery time). */
    private void heal(NemesisFault fault, Instant startedAt) {
        attempt("heal", fault, fault::heal);
        record(fault, startedAt, Instant.now());
    }

    private void attempt(String what, NemesisFault fault, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            errors.add(what + " " + fault.describe() + ": " + e.getMessage());
        }
    }

    private void record(NemesisFault fault, Instant startedAt, Instant endedAt) {
        Instant recoveredAt = recovery(fault.target(), endedAt);
        synchronized (sink) {
            sink.accept(new Fault(fault.kind(), fault.target(), startedAt, endedAt, recoveredAt));
        }
    }

    /** The first moment the probe answers true after {@code healedAt}, or null within the limit. */
    private Instant recovery(String target, Instant healedAt) {
        Instant limit = healedAt.plus(recoveryLimit);
        while (true) {
            if (ready.test(target)) {
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

    /** Stops early if still running: heals what is held (the recoveries being measured end at once). */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(TimeUnit.MINUTES.toMillis(5));
    }
}
