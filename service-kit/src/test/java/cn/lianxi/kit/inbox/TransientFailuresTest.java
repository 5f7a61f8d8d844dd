package cn.lianxi.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketException;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;

/** Only infrastructure faults on the allow-list are retried; bad input and bugs fail at once. */
class TransientFailuresTest {

    private static PgException pg(String sqlState) {
        return new PgException("m", "ERROR", sqlState, null);
    }

    @Test
    void connectionLossDeadlocksAndShutdownsAreTransient() {
        assertTrue(TransientFailures.isTransient(new HibernateException("wrapped", pg("40001"))));
        assertTrue(TransientFailures.isTransient(pg("40P01")));
        assertTrue(TransientFailures.isTransient(pg("57P01")));
        assertTrue(TransientFailures.isTransient(pg("08006")));
        assertTrue(TransientFailures.isTransient(new ConnectException("refused")));
    }

    /** What a PostgreSQL restart did to a consumer in CI: the reset first, Hibernate's complaint about it second. */
    @Test
    void aConnectionResetByARestartingDatabaseIsTransient() {
        assertTrue(TransientFailures.isTransient(new SocketException("Connection reset")));
        assertTrue(TransientFailures.isTransient(new CompositeException(List.of(new SocketException("Connection reset"),
                new IllegalStateException("HR000090: Live transaction detected while closing the connection")))));
    }

    /** What the fault campaign saw dead-letter a court event: a statement on a connection closed under it. */
    @Test
    void aStatementOnAConnectionClosedMeanwhileIsTransient() {
        Throwable closed = new NoStackTraceThrowable("Connection is not active now, current status: CLOSED");
        assertTrue(TransientFailures.isTransient(new CompositeException(List.of(
                new HibernateException(closed), closed))));
        assertFalse(TransientFailures.isTransient(new NoStackTraceThrowable("Invalid value for column amount")),
                "another failure the client reports the same way");
    }

    @Test
    void badInputAndBugsAreNot() {
        assertFalse(TransientFailures.isTransient(pg("22021")), "invalid byte sequence (a NUL in a name)");
        assertFalse(TransientFailures.isTransient(pg("22003")), "numeric overflow (a total beyond the column)");
        assertFalse(TransientFailures.isTransient(new HibernateException("wrapped", pg("23505"))), "unique violation");
        assertFalse(TransientFailures.isTransient(new NullPointerException()), "a bug");
        assertFalse(TransientFailures.isTransient(ProblemException.badRequest(ProblemType.INVALID_FIELD, "f", "d")));
    }

    @Test
    void aBugIsRunOnceNotTwentyTimes() {
        AtomicInteger runs = new AtomicInteger();
        Uni<Object> work = TransientFailures.retried(() -> {
            runs.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("bug"));
        });
        long start = System.nanoTime();
        work.onFailure().recoverWithNull().await().atMost(Duration.ofSeconds(5));
        assertEquals(1, runs.get());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000);
    }

    @Test
    void aTransientFailureIsRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        Object result = TransientFailures.retried(() -> runs.incrementAndGet() < 3
                ? Uni.createFrom().failure(pg("40001")) : Uni.createFrom().item("done"))
                .await().atMost(Duration.ofSeconds(10));
        assertEquals("done", result);
        assertEquals(3, runs.get());
    }
}
