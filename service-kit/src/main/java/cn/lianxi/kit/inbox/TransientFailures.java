package cn.lianxi.kit.inbox;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.validation.ValidationException;

import com.fasterxml.jackson.core.JsonProcessingException;

import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Tells a fault of the infrastructure (the database restarting, a connection dropped) from a refusal of the
 * message itself. Work that failed for the first reason is run again, in a fresh transaction, with a growing
 * pause: a record is never sent to a dead-letter topic, nor a court told "rejected", because PostgreSQL was
 * restarting. A refusal (a domain rule, bad JSON, a validation error) fails at once.
 */
public final class TransientFailures {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(3);
    /** About 45 s in all: longer than a database restart, shorter than Kafka's limit for an unprocessed record. */
    private static final int ATTEMPTS = 20;

    private TransientFailures() {
    }

    /** Runs {@code work}, again on a transient failure; {@code work} must be safe to repeat (its own transaction). */
    public static <T> Uni<T> retried(Supplier<Uni<? extends T>> work) {
        return Uni.createFrom().<T>deferred(work)
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(FIRST_PAUSE, LONGEST_PAUSE).atMost(ATTEMPTS);
    }

    /** A failure that is not about the message itself. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException || t instanceof IllegalArgumentException
                    || t instanceof JsonProcessingException || t instanceof ValidationException) {
                return false;
            }
        }
        return true;
    }
}
