package cn.lianxi.systemtests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history file survives many writers and a crash: every operation comes back with its outcome, an operation
 * whose outcome was never written comes back UNKNOWN, amounts come back exact, a torn last line is left out.
 */
class HistoryIT {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 250;

    @TempDir
    Path dir;

    @Test
    void manyThreadsWriteAndEveryOperationComesBackWithItsOutcome() throws Exception {
        Path file = dir.resolve("history.jsonl");
        try (HistoryRecorder rec = HistoryRecorder.open(file, Clock.systemUTC())) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String client = "BANK-" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        Operation op = rec.intend(Operation.planned("BANK_ANSWER", client, client + "/" + i)
                                .referral("R-" + i).amount(new BigDecimal(i + ".1")));
                        if (i % 10 == 9) {
                            continue; // the client "crashed" before it heard back
                        }
                        rec.complete(op, i % 10 == 8 ? Operation.Result.FAILED : Operation.Result.ACKNOWLEDGED,
                                i % 10 == 8 ? "503" : null);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            rec.fault(new Fault("KILL", "case-service", Instant.parse("2026-12-03T08:00:00Z"),
                    Instant.parse("2026-12-03T08:00:02Z"), Instant.parse("2026-12-03T08:00:09.5Z")));
            rec.fault(new Fault("PAUSE", "kafka-2", Instant.parse("2026-12-03T08:01:00Z"),
                    Instant.parse("2026-12-03T08:01:05Z"), null));
        }

        History h = History.read(file);
        assertEquals(THREADS * PER_THREAD, h.operations().size());
        assertEquals(THREADS * PER_THREAD, h.operations().stream().map(Operation::op).distinct().count());
        Map<Operation.Result, Long> byResult = h.operations().stream()
                .collect(Collectors.groupingBy(Operation::result, Collectors.counting()));
        assertEquals(Map.of(Operation.Result.ACKNOWLEDGED, (long) THREADS * PER_THREAD * 8 / 10,
                Operation.Result.FAILED, (long) THREADS * PER_THREAD / 10,
                Operation.Result.UNKNOWN, (long) THREADS * PER_THREAD / 10), byResult);
        Map<String, Operation> byKey = h.operations().stream()
                .collect(Collectors.toMap(Operation::key, Function.identity()));
        Operation unknown = byKey.get("BANK-3/19");
        assertEquals(Operation.Result.UNKNOWN, unknown.result());
        assertEquals(null, unknown.endedAt());
        assertEquals(new BigDecimal("19.10"), unknown.amount());
        Operation failed = byKey.get("BANK-5/18");
        assertEquals("503", failed.detail());
        assertTrue(!failed.endedAt().isBefore(failed.intendedAt()));
        // each line is whole: 8 of 10 operations have two lines, the others one, plus the two faults
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(THREADS * PER_THREAD * 19 / 10 + 2, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"amount\":\"19.10\"")), "amounts are exact strings");

        assertEquals(2, h.faults().size());
        assertEquals(Map.of("KILL", List.of(Duration.ofMillis(7500))), h.recoveryTimes());
    }

    @Test
    void aTornLastLineIsLeftOutAndABadLineElsewhereIsAnError() throws Exception {
        Path file = dir.resolve("torn.jsonl");
        try (HistoryRecorder rec = HistoryRecorder.open(file, Clock.systemUTC())) {
            rec.intend(Operation.planned("COURT_EVENT_HTTP", "C320500", "C320500|(2026)苏0505执1号").event("E-1")
                    .badInput());
        }
        Files.writeString(file, "{\"op\":\"op-000002\",\"kind\":\"COURT_EV", StandardOpenOption.APPEND);

        History h = History.read(file);
        assertEquals(1, h.operations().size());
        Operation op = h.operations().get(0);
        assertEquals(Operation.Result.UNKNOWN, op.result());
        assertTrue(op.badInputSent());

        Files.writeString(file, "\n{\"op\":\"op-000003\"}\n", StandardOpenOption.APPEND);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> History.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void anAmountIsKeptExactOrRefused() {
        assertEquals("12.30", Operation.planned("PAYMENT", "C320500", "k").amount(new BigDecimal("12.3")).amount()
                .toPlainString());
        assertThrows(ArithmeticException.class,
                () -> Operation.planned("PAYMENT", "C320500", "k").amount(new BigDecimal("12.305")));
    }
}
