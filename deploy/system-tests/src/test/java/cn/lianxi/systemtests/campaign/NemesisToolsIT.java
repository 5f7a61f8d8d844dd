package cn.lianxi.systemtests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nemesis' tools, each proven on its own without the platform: the proxy passes, delays, drops and cuts traffic
 * to a local echo server; a pause really stops a process (its state in /proc is T) and resumes it; a clock jump moves
 * a running JVM's wall clock through libfaketime; the schedule is a function of its seed and never holds a target
 * twice; the nemesis injects, heals and measures recovery against a probe.
 */
class NemesisToolsIT {

    private static ServerSocket echo;

    @BeforeAll
    static void echoServer() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread echoer = new Thread(() -> echoBack(s));
                    echoer.setDaemon(true);
                    echoer.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void echoBack(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException gone) {
            // the proxy cut the connection: nothing to echo to
        }
    }

    @AfterAll
    static void stopEcho() throws IOException {
        echo.close();
    }

    private static Proxy proxy() throws IOException {
        return new Proxy("test→echo", "127.0.0.1", echo.getLocalPort());
    }

    private static Socket client(Proxy proxy) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setSoTimeout(5_000);
        return s;
    }

    /** Sends {@code text} and reads as many bytes back; the round trip's time. */
    /** Closed by the other side: an end of stream, or a reset when the proxy closed with bytes unread. */
    private static boolean closedUnder(Socket s) throws IOException {
        try {
            return s.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static Duration roundTrip(Socket s, String text) throws IOException {
        byte[] sent = text.getBytes(StandardCharsets.UTF_8);
        long begin = System.nanoTime();
        s.getOutputStream().write(sent);
        s.getOutputStream().flush();
        byte[] back = s.getInputStream().readNBytes(sent.length);
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        assertEquals(text, new String(back, StandardCharsets.UTF_8), "the echo came back whole");
        return took;
    }

    @Test
    void theProxyPassesBytesBothWaysAndCountsThem() throws IOException {
        try (Proxy proxy = proxy(); Socket s = client(proxy)) {
            roundTrip(s, "立案 hello");
            roundTrip(s, "again");
            assertEquals(1, proxy.connections());
            int bytes = "立案 hello".getBytes(StandardCharsets.UTF_8).length + "again".length();
            assertEquals(2L * bytes, proxy.bytesForwarded(), "each byte counted going and coming back");
            assertEquals(0, proxy.bytesDropped());
        }
    }

    @Test
    void aDelayHoldsEachDirectionAtLeastItsDelay() throws IOException {
        try (Proxy proxy = proxy(); Socket s = client(proxy)) {
            Duration passing = roundTrip(s, "warm");
            proxy.mode(Proxy.Mode.delay(Duration.ofMillis(300)));
            Duration delayed = roundTrip(s, "slow");
            assertTrue(delayed.toMillis() >= 600, "300 ms there and 300 ms back, took " + delayed.toMillis() + " ms");
            proxy.mode(Proxy.Mode.pass());
            Duration again = roundTrip(s, "fast");
            assertTrue(again.toMillis() < 300, "back to passing: " + again.toMillis() + " ms (first " + passing + ")");
        }
    }

    @Test
    void aDropSwallowsBytesAndWhenItHealsResetsOnlyTheConnectionsThatLostThem() throws IOException {
        try (Proxy proxy = proxy(); Socket s = client(proxy); Socket idle = client(proxy)) {
            roundTrip(s, "before");
            roundTrip(idle, "idle");
            proxy.mode(Proxy.Mode.drop());
            s.getOutputStream().write("lost".getBytes(StandardCharsets.UTF_8));
            s.setSoTimeout(700);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read(), "nothing comes back");
            assertEquals(4, proxy.bytesDropped(), "the four bytes reached the proxy and were thrown away");
            proxy.mode(Proxy.Mode.pass());
            s.setSoTimeout(5_000);
            assertTrue(closedUnder(s), "the connection that lost bytes was reset by the heal");
            roundTrip(idle, "after");
            try (Socket fresh = client(proxy)) {
                roundTrip(fresh, "fresh");
            }
            assertEquals(3, proxy.connections(), "the idle connection carried on after the drop");
        }
    }

    @Test
    void aCutClosesOpenConnectionsAndRefusesNewOnesUntilHealed() throws IOException {
        try (Proxy proxy = proxy(); Socket s = client(proxy)) {
            roundTrip(s, "open");
            proxy.mode(Proxy.Mode.cut());
            assertEquals(-1, s.getInputStream().read(), "the open connection was closed under the client");
            try (Socket late = client(proxy)) {
                assertEquals(-1, late.getInputStream().read(), "a new connection is closed as soon as accepted");
            }
            proxy.mode(Proxy.Mode.pass());
            try (Socket healed = client(proxy)) {
                roundTrip(healed, "healed");
            }
            assertEquals(3, proxy.connections());
        }
    }

    @Test
    void aPauseStopsAProcessAndItsHealResumesIt(@TempDir Path home) throws IOException, InterruptedException {
        Process sleeper = new ProcessBuilder("sleep", "120").start();
        try {
            // found as the launcher's components are: by the pid file in <LIANXI_HOME>/pids
            Files.createDirectories(home.resolve("pids"));
            Files.writeString(home.resolve("pids/sleeper.pid"), sleeper.pid() + "\n");
            NemesisFault pause = NemesisFault.PauseProcess.ofLaunched(home, "sleeper");
            assertEquals("sleeper", pause.target());
            awaitState(sleeper.pid(), 'S'); // asleep before the pause (right after the start it may still be running)
            pause.inject();
            awaitState(sleeper.pid(), 'T');
            pause.heal();
            awaitState(sleeper.pid(), 'S');
            assertTrue(sleeper.isAlive(), "a pause does not end the process");
        } finally {
            sleeper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The state letter of /proc/<pid>/stat: after the command in parentheses (which may itself hold spaces). */
    private static char state(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    private static void awaitState(long pid, char wanted) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (state(pid) != wanted) {
            assertTrue(System.nanoTime() < deadline, "process " + pid + " never reached state " + wanted
                    + ", is " + state(pid));
            Thread.sleep(20);
        }
    }

    @Test
    void aClockJumpMovesARunningJvmsWallClockAndBack(@TempDir Path dir) throws IOException, InterruptedException {
        // a required tool, installed by .ci/run: missing, the test fails rather than skip
        assertTrue(FaultClockFiles.library().isPresent(), "libfaketime is not installed (apt-get install libfaketime)");
        FaultClockFiles clocks = new FaultClockFiles(dir.resolve("clocks"));
        Path tick = Files.writeString(dir.resolve("Tick.java"), "public class Tick { public static void main(String[] a)"
                + " throws Exception { while (true) { System.out.println(java.time.Instant.now().getEpochSecond());"
                + " Thread.sleep(100); } } }");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                tick.toString()).redirectErrorStream(true);
        builder.environment().putAll(clocks.environment("tick"));
        Process jvm = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            NemesisFault jump = new NemesisFault.ClockJump("tick", Duration.ofHours(1), clocks);
            assertTrue(Math.abs(seconds(out) - Instant.now().getEpochSecond()) < 5, "true time before the jump");
            jump.inject();
            assertEquals("+3600", Files.readString(clocks.file("tick")).trim());
            awaitClock(out, 3600);
            jump.heal();
            awaitClock(out, 0);
        } finally {
            jvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long seconds(BufferedReader out) throws IOException {
        String line = out.readLine();
        assertNotNull(line, "the ticking JVM ended");
        return Long.parseLong(line.trim());
    }

    /** Within a few seconds (libfaketime re-reads its file every second) the JVM's clock is {@code offset} ahead. */
    private static void awaitClock(BufferedReader out, long offset) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long skew;
        do {
            skew = seconds(out) - Instant.now().getEpochSecond();
            assertTrue(System.nanoTime() < deadline, "the JVM's clock is " + skew + " s off, wanted " + offset);
        } while (Math.abs(skew - offset) > 5);
    }

    /** Kinds over two services, two brokers and a proxy, with fakes: a schedule is only a list, nothing runs. */
    private static List<Schedule.Kind> kinds(FakeBrokers brokers, Proxy proxy) {
        NemesisFault.Launcher launcher = args -> {
        };
        return List.of(
                new Schedule.Kind("kill", 3, List.of("case", "liaison"),
                        (t, r) -> new NemesisFault.KillService(t, launcher)),
                new Schedule.Kind("pause", 2, List.of("case", "liaison"),
                        (t, r) -> new NemesisFault.PauseProcess(() -> {
                            throw new AssertionError("a schedule signals nothing");
                        }, t)),
                new Schedule.Kind("broker", 2, List.of("broker-1", "broker-2"),
                        (t, r) -> new NemesisFault.KillBroker(Integer.parseInt(t.substring(7)) - 1, brokers)),
                new Schedule.Kind("clock", 1, List.of("case"),
                        (t, r) -> new NemesisFault.ClockJump(t, Duration.ofSeconds(r.nextInt(7200) - 3600),
                                (s, o) -> { })),
                new Schedule.Kind("net", 2, List.of(proxy.name()),
                        (t, r) -> new NemesisFault.NetworkFault(proxy, Proxy.Mode.delay(Duration.ofMillis(r.nextInt(500))))),
                new Schedule.Kind("postgres", 1, List.of("postgres"), (t, r) -> new NemesisFault.RestartPostgres()));
    }

    private static final Schedule.Bounds BOUNDS = new Schedule.Bounds(Duration.ofMillis(0), Duration.ofSeconds(5),
            Duration.ofSeconds(1), Duration.ofSeconds(30));

    private static List<String> lines(Schedule schedule) {
        return schedule.steps().stream().map(Schedule.Step::toString).toList();
    }

    @Test
    void aScheduleIsItsSeedsAndNeverHoldsATargetTwice() throws IOException {
        try (Proxy proxy = proxy()) {
            List<Schedule.Kind> kinds = kinds(new FakeBrokers(), proxy);
            Schedule one = Schedule.plan(42, 500, BOUNDS, kinds);
            assertEquals(lines(one), lines(Schedule.plan(42, 500, BOUNDS, kinds)), "the same seed, the same faults");
            assertNotEquals(lines(one), lines(Schedule.plan(43, 500, BOUNDS, kinds)), "another seed, other faults");
            assertEquals(500, one.steps().size());
            assertEquals(500, one.countByKind().values().stream().mapToLong(Long::longValue).sum());
            assertEquals(Map.of("BROKER_KILL", true, "CLOCK_JUMP", true, "KILL", true, "NET_DELAY", true, "PAUSE", true,
                    "POSTGRES_RESTART", true), Map.copyOf(one.countByKind().entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue() > 0))),
                    "500 draws reach every kind: " + one.countByKind());
            Map<String, Duration> heldUntil = new HashMap<>();
            Duration previous = Duration.ZERO;
            for (Schedule.Step step : one.steps()) {
                assertTrue(step.at().compareTo(previous) >= 0, "offsets never go back: " + step);
                String target = step.fault().target();
                assertTrue(heldUntil.getOrDefault(target, Duration.ZERO).compareTo(step.at()) <= 0,
                        target + " still held when " + step + " starts");
                heldUntil.put(target, step.end());
                previous = step.at();
            }
            // each step waits at most its gap and one hold (for a busy target), and the last is held one hold more
            assertTrue(one.span().compareTo(Duration.ofSeconds(500 * (5 + 30) + 30)) <= 0, "bounded: " + one.span());
        }
    }

    /** Brokers that only note what was done to them, and when. */
    private static final class FakeBrokers implements NemesisFault.Brokers {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong lastStart = new AtomicLong();

        public void kill(int index) {
            calls.add("kill " + index);
        }

        public void start(int index) {
            calls.add("start " + index);
            lastStart.set(System.nanoTime());
        }

        public long pid(int index) {
            return 1000 + index;
        }
    }

    /** The three brokers as one group (at most one down), as the campaign has them. */
    @Test
    void theNemesisInjectsHealsAndMeasuresRecoveryAndRunsAGroupOneFaultAfterTheOthersRecovery()
            throws InterruptedException {
        FakeBrokers brokers = new FakeBrokers();
        List<Schedule.Kind> kinds = List.of(new Schedule.Kind("broker", 1, List.of("broker-1", "broker-2", "broker-3"),
                (t, r) -> new NemesisFault.KillBroker(Integer.parseInt(t.substring(7)) - 1, brokers)));
        Schedule schedule = Schedule.plan(7, 6, new Schedule.Bounds(Duration.ofMillis(50), Duration.ofMillis(150),
                Duration.ofMillis(100), Duration.ofMillis(300)), kinds);
        // ready again 200 ms after the last start of a broker, and never while one is down
        long recovery = TimeUnit.MILLISECONDS.toNanos(200);
        java.util.function.BooleanSupplier probe = () -> {
            synchronized (brokers.calls) {
                long kills = brokers.calls.stream().filter(c -> c.startsWith("kill")).count();
                return kills == brokers.calls.size() - kills && System.nanoTime() - brokers.lastStart.get() >= recovery;
            }
        };
        List<Fault> recorded = Collections.synchronizedList(new ArrayList<>());
        Instant began = Instant.now();
        try (Nemesis nemesis = new Nemesis(schedule, recorded::add, target -> probe.getAsBoolean(), Duration.ofSeconds(5),
                target -> "brokers")) {
            nemesis.start();
            assertTrue(nemesis.await(Duration.ofSeconds(30)), "the schedule ran to its end");
            assertEquals(List.of(), nemesis.errors());
        }
        assertEquals(12, brokers.calls.size(), "six kills and six starts: " + brokers.calls);
        for (int i = 0; i < 3; i++) {
            List<String> mine = new ArrayList<>();
            for (String call : brokers.calls) {
                if (call.endsWith(" " + i)) {
                    mine.add(call.substring(0, call.indexOf(' ')));
                }
            }
            for (int k = 0; k < mine.size(); k++) {
                assertEquals(k % 2 == 0 ? "kill" : "start", mine.get(k), "broker " + i + " killed, then started: " + mine);
            }
        }
        assertEquals(6, recorded.size());
        for (Fault fault : recorded) {
            assertEquals("BROKER_KILL", fault.fault());
            assertTrue(fault.target().startsWith("broker-"), fault.target());
            assertFalse(fault.startedAt().isBefore(began));
            assertTrue(fault.endedAt().compareTo(fault.startedAt().plusMillis(100)) >= 0, "held its 100 ms at least");
            Duration took = fault.recovery().orElseThrow(() -> new AssertionError("never recovered: " + fault));
            assertTrue(took.toMillis() >= 190 && took.toMillis() < 2_000, "recovery measured: " + took);
        }
        List<Fault> inOrder = recorded.stream().sorted(java.util.Comparator.comparing(Fault::startedAt)).toList();
        for (int k = 1; k < inOrder.size(); k++) {
            assertFalse(inOrder.get(k).startedAt().isBefore(inOrder.get(k - 1).recoveredAt()),
                    "a broker is hit only once the fault before it in the group was recovered from: " + inOrder);
        }
        assertTrue(brokers.calls.stream().distinct().count() > 2, "more than one broker was hit: " + brokers.calls);
    }
    @Test
    void aSlowHealDelaysOnlyItsOwnTargetAndEveryFaultIsHeldItsWholeTime() throws InterruptedException {
        // the "slow" service takes 1.5 s to start again (a restart takes tens of seconds on the platform)
        NemesisFault.Launcher slow = args -> {
            if ("start".equals(args[0])) {
                Nemesis.sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500));
            }
        };
        NemesisFault.Launcher fast = args -> { };
        List<Schedule.Kind> kinds = List.of(
                new Schedule.Kind("slow", 1, List.of("slow"), (t, r) -> new NemesisFault.KillService(t, slow)),
                new Schedule.Kind("fast", 3, List.of("fast-1", "fast-2"), (t, r) -> new NemesisFault.KillService(t, fast)));
        Schedule schedule = Schedule.plan(11, 12, new Schedule.Bounds(Duration.ofMillis(50), Duration.ofMillis(100),
                Duration.ofMillis(200), Duration.ofMillis(300)), kinds);
        assertTrue(schedule.countByKind().get("KILL") == 12 && schedule.steps().stream()
                .anyMatch(st -> st.fault().target().equals("slow")), "the seed draws the slow target: " + schedule);
        List<Fault> recorded = Collections.synchronizedList(new ArrayList<>());
        try (Nemesis nemesis = new Nemesis(schedule, recorded::add, target -> true, Duration.ofSeconds(1),
                target -> target)) {
            nemesis.start();
            assertTrue(nemesis.await(Duration.ofSeconds(60)), "the schedule ran to its end");
        }
        assertEquals(12, recorded.size());
        for (Fault fault : recorded) {
            assertTrue(Duration.between(fault.startedAt(), fault.endedAt()).toMillis() >= 200,
                    "held its 200 ms at least, whatever the slow heals did: " + fault);
        }
    }
}
