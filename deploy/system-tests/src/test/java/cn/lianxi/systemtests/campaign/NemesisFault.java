package cn.lianxi.systemtests.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A fault the nemesis can inject and take back (可注入的故障), one record per kind. {@link #inject()} does the harm,
 * {@link #heal()} undoes it; between the two the fault holds its {@link #target()}, which a {@link Schedule} never
 * gives two faults at once. {@link #kind()} is the name the history's {@link Fault} record keeps.
 *
 * <p>(Not named {@code Fault}: that name is the history's record of a fault that happened, from the campaign's
 * history side.) Every process and cluster the faults act on comes in through the small interfaces below, so a test
 * can drive each kind without the platform and the campaign can hand in the real launcher and cluster.
 */
public sealed interface NemesisFault permits NemesisFault.KillService, NemesisFault.PauseProcess,
        NemesisFault.KillBroker, NemesisFault.RestartPostgres, NemesisFault.ClockJump, NemesisFault.NetworkFault {

    /** The kind as the history records it: KILL, PAUSE, BROKER_KILL, POSTGRES_RESTART, CLOCK_JUMP, NET_DROP … */
    String kind();

    /** What it hits: a service or broker name, {@code postgres}, a proxy's name. */
    String target();

    void inject();

    void heal();

    /** One line for a person reading the campaign's log. */
    String describe();

    /** Runs {@code deploy/local/lianxi <args>} with the running platform's environment (its home, ports, deadlines). */
    @FunctionalInterface
    interface Launcher {
        void run(String... args);
    }

    /** The three-broker cluster, as far as faults need it; brokers are numbered from 0. */
    interface Brokers {
        /** SIGKILL of one broker's process. */
        void kill(int index);

        /** Starts a killed broker again on its old ports and data directory. */
        void start(int index);

        /** The operating-system process id of a running broker (for a pause). */
        long pid(int index);
    }

    /** Moves one service's wall clock; an offset of zero puts it back to the true time. */
    @FunctionalInterface
    interface ClockHook {
        void shift(String service, Duration offset);
    }

    /** {@code kill -9} of a service's process group through the launcher; healed by {@code lianxi start <name>}. */
    record KillService(String name, Launcher launcher) implements NemesisFault {
        public String kind() {
            return "KILL";
        }

        public String target() {
            return name;
        }

        public void inject() {
            launcher.run("kill", name);
        }

        public void heal() {
            launcher.run("start", name);
        }

        public String describe() {
            return "kill -9 " + name + ", then lianxi start " + name;
        }
    }

    /**
     * SIGSTOP of one process, SIGCONT to heal: a long GC pause or a frozen VM. Its sockets stay open and its peers see
     * silence, not a closed connection. The pid is read when the fault is injected and healed (a service killed and
     * restarted earlier in the campaign has a new one), from the launcher's pid file or {@link Brokers#pid}.
     */
    record PauseProcess(LongSupplier pid, String label) implements NemesisFault {

        /**
         * A pause of a component the launcher started ({@code kafka}, {@code case}, {@code gateway} …), whose pid is
         * in {@code <LIANXI_HOME>/pids/<name>.pid}: the JVM itself (the launcher execs it through {@code setsid}).
         */
        public static PauseProcess ofLaunched(Path home, String name) {
            return new PauseProcess(() -> pidOfLaunched(home, name), name);
        }

        /** The pid the launcher wrote for {@code name} when it last started it. */
        public static long pidOfLaunched(Path home, String name) {
            Path file = home.resolve("pids").resolve(name + ".pid");
            try {
                return Long.parseLong(Files.readString(file).trim());
            } catch (IOException | NumberFormatException e) {
                throw new IllegalStateException(name + " has no pid in " + file + " (not running?)", e);
            }
        }

        public String kind() {
            return "PAUSE";
        }

        public String target() {
            return label;
        }

        public void inject() {
            FaultShell.signal("STOP", pid.getAsLong());
        }

        public void heal() {
            FaultShell.signal("CONT", pid.getAsLong());
        }

        public String describe() {
            return "SIGSTOP " + label + ", then SIGCONT";
        }
    }

    /** SIGKILL of one broker of the three-broker cluster (RF 3, min ISR 2: the two others keep the topics writable). */
    record KillBroker(int index, Brokers brokers) implements NemesisFault {
        public String kind() {
            return "BROKER_KILL";
        }

        public String target() {
            return "broker-" + (index + 1);
        }

        public void inject() {
            brokers.kill(index);
        }

        public void heal() {
            brokers.start(index);
        }

        public String describe() {
            return "kill -9 " + target() + ", then start it on its data";
        }
    }

    /**
     * PostgreSQL down for the fault's duration: {@code pg_ctlcluster stop} (fast: open sessions are ended, as in the
     * restart FaultInjectionIT does) and {@code pg_ctlcluster start} to heal; a restart whose outage the schedule
     * chooses. It is the machine's one cluster, so every database of every service goes down together.
     */
    record RestartPostgres() implements NemesisFault {
        public String kind() {
            return "POSTGRES_RESTART";
        }

        public String target() {
            return "postgres";
        }

        public void inject() {
            FaultShell.postgres("stop");
        }

        public void heal() {
            FaultShell.postgres("start");
        }

        public String describe() {
            return "pg_ctlcluster stop, then start";
        }
    }

    /**
     * One service's wall clock jumps by {@code jump} (forward or back) and jumps back to the true time to heal; the
     * way depends on the hook ({@link FaultClockFiles}: libfaketime's timestamp file).
     */
    record ClockJump(String service, Duration jump, ClockHook hook) implements NemesisFault {
        public String kind() {
            return "CLOCK_JUMP";
        }

        public String target() {
            return service;
        }

        public void inject() {
            hook.shift(service, jump);
        }

        public void heal() {
            hook.shift(service, Duration.ZERO);
        }

        public String describe() {
            return service + "'s clock jumps " + (jump.isNegative() ? "back " : "ahead ") + jump.abs()
                    + ", then back to true time";
        }
    }

    /** A link through a {@link Proxy} drops, delays or is cut; healed by PASS. */
    record NetworkFault(Proxy proxy, Proxy.Mode mode) implements NemesisFault {
        public NetworkFault {
            Objects.requireNonNull(proxy, "proxy");
            if (mode.kind() == Proxy.Mode.Kind.PASS) {
                throw new IllegalArgumentException("PASS is the healed state, not a fault");
            }
        }

        public String kind() {
            return "NET_" + mode.kind().name();
        }

        public String target() {
            return proxy.name();
        }

        public void inject() {
            proxy.mode(mode);
        }

        public void heal() {
            proxy.mode(Proxy.Mode.pass());
        }

        public String describe() {
            return proxy.name() + " " + mode + ", then PASS";
        }
    }
}
