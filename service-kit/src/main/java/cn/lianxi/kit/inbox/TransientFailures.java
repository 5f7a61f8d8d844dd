package cn.lianxi.kit.inbox;

import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Tells a fault of the infrastructure (the database restarting, a connection dropped, a deadlock) from everything
 * else. Only failures on an allow-list are run again, in a fresh transaction, with a growing pause, so a record is
 * never dead-lettered, nor a court told "rejected", because PostgreSQL was restarting. Everything else (a domain
 * rule, bad JSON, a constraint or encoding error in the database, a bug's exception) fails at once: bad input must
 * never hold a connection for 45 s and make the service slow for every other caller.
 */
public final class TransientFailures {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(3);
    /** About 45 s in all: longer than a database restart, shorter than Kafka's limit for an unprocessed record. */
    private static final int ATTEMPTS = 20;
    /**
     * SQLSTATEs that say nothing about the statement: serialization failure, deadlock, admin or crash shutdown,
     * cannot connect now, too many connections. Class 08 (connection exceptions) is transient as a whole.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03", "53300");
    /** Exception class names of the clients' lost connections and pool time-outs (not on the compile path). */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("io.vertx.core.VertxException",
            "io.vertx.sqlclient.ClosedConnectionException", "io.netty.channel.ConnectTimeoutException",
            "io.vertx.core.impl.NoStackTraceTimeoutException", "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.netty.channel.AbstractChannel$AnnotatedConnectException",
            "org.hibernate.reactive.exception.ConnectionClosedException");

    private static final String CLOSED_CONNECTION = "Connection is not active now";

    private TransientFailures() {
    }

    /** Runs {@code work}, again on a transient failure; {@code work} must be safe to repeat (its own transaction). */
    public static <T> Uni<T> retried(Supplier<Uni<? extends T>> work) {
        return Uni.createFrom().<T>deferred(work)
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(FIRST_PAUSE, LONGEST_PAUSE).atMost(ATTEMPTS);
    }

    /** A failure of the infrastructure, on the allow-list; anything else is about the work itself. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                return isTransientState(pg.getSqlState());
            }
            if (isLostConnection(t) || TRANSIENT_CLASSES.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A socket refused, reset or closed under the client (PostgreSQL restarting resets every pooled connection with
     * "Connection reset"; a refused connect is a {@link java.net.ConnectException}, a subclass), or a time-out.
     */
    private static boolean isLostConnection(Throwable t) {
        return t instanceof SocketException || t instanceof ClosedChannelException || t instanceof TimeoutException
                || isClosedSqlConnection(t);
    }

    /**
     * A statement sent on a pooled connection that had closed meanwhile (a PostgreSQL restart, a cut link): the
     * Vert.x SQL client fails it with a bare {@code NoStackTraceThrowable} whose message is its only mark, and the fault
     * campaign saw a court event dead-lettered for it (FaultCampaignIT, 2026-12-08).
     */
    private static boolean isClosedSqlConnection(Throwable t) {
        return "io.vertx.core.impl.NoStackTraceThrowable".equals(t.getClass().getName()) && t.getMessage() != null
                && t.getMessage().startsWith(CLOSED_CONNECTION);
    }

    /** Whether a PostgreSQL SQLSTATE is on the allow-list. */
    static boolean isTransientState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || TRANSIENT_STATES.contains(sqlState));
    }
}
