package cn.lianxi.systemtests.campaign;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Appends a campaign's history to its file (运行历史记录) for every client thread and the nemesis at once. Each line
 * is written whole under one lock and flushed before the call returns, so what a client was about to do is on disk
 * before it does it: after a crash of the runner the file still tells which operations may have happened.
 */
public final class HistoryRecorder implements AutoCloseable {

    private final BufferedWriter out;
    private final Clock clock;
    private final AtomicLong next = new AtomicLong();

    private HistoryRecorder(BufferedWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Appends to {@code file} (created if missing), stamping times from {@code clock}. */
    public static HistoryRecorder open(Path file, Clock clock) {
        try {
            return new HistoryRecorder(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records {@code planned} as INTENDED, with its id and time; call before sending it. */
    public Operation intend(Operation planned) {
        Operation op = planned.intended("op-%06d".formatted(next.incrementAndGet()), clock.instant());
        append(op);
        return op;
    }

    /** Records the outcome the client got for {@code op} (ACKNOWLEDGED, FAILED, or UNKNOWN after a timeout). */
    public Operation complete(Operation op, Operation.Result result, String detail) {
        Operation done = op.completed(result, clock.instant(), detail);
        append(done);
        return done;
    }

    /** Records a fault the nemesis injected and took back. */
    public void fault(Fault fault) {
        append(fault);
    }

    private void append(Object line) {
        String json;
        try {
            json = History.JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        synchronized (out) {
            try {
                out.write(json);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (out) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
