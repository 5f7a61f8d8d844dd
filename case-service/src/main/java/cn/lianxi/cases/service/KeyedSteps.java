package cn.lianxi.cases.service;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.inbox.TransientFailures;
import cn.lianxi.kit.persistence.Detached;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A staff step outside the court-event intake (a petition step, a request for approval and its decision) made safe to
 * re-send by an {@code Idempotency-Key} scoped to the caller, as the case actions are: the idempotency ledger
 * (service-kit {@code processed_event}) remembers the key with the step's fingerprint in the step's transaction.
 */
public final class KeyedSteps {

    /** {@code processed_event.event_id} is {@code varchar(100)}: the key with the caller's name must fit. */
    private static final int SCOPED_KEY_LENGTH = 100;

    private KeyedSteps() {
    }

    /**
     * The key as the ledger keeps it: scoped to the caller ({@code <key>@<caller>}), so that two officers who happen
     * to choose the same key never collide; null when no key was sent.
     */
    public static String scoped(String idempotencyKey, String caller) {
        return idempotencyKey == null ? null : idempotencyKey + "@" + caller;
    }

    /**
     * The id of what a keyed step creates: derived from the scoped key, so that a re-sent step finds what the first
     * one created; random when no key was sent.
     */
    public static UUID idOf(String kind, String scopedKey) {
        return scopedKey == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes((kind + ":" + scopedKey).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code first} in a transaction of its own, or, when {@code scopedKey} was seen before in {@code ledger}
     * with the same {@code canonical} step, answers {@code again} without changing anything; with another step it is
     * a 409 {@code conflicting-duplicate} naming the key. {@code scopedKey} null: no key, always {@code first}.
     * Detached: a caller hanging up does not cut the transaction short.
     */
    public static <T> Uni<T> once(ProcessedEvents processed, String ledger, String scopedKey, String canonical,
            Supplier<Uni<T>> first, Supplier<Uni<T>> again) {
        if (scopedKey == null) {
            return Detached.of(TransientFailures.retried(() -> Panache.withTransaction(first)));
        }
        if (scopedKey.length() > SCOPED_KEY_LENGTH) {
            return Uni.createFrom().failure(ProblemException.badRequest(ProblemType.INVALID_FIELD, "Idempotency-Key",
                    "the Idempotency-Key is too long (with the caller's name at most " + SCOPED_KEY_LENGTH + ")"));
        }
        String fingerprint = ProcessedEvents.fingerprint(canonical);
        return Detached.of(TransientFailures.retried(() -> Panache.withTransaction(() -> processed
                .markFirstSeen(ledger, scopedKey, fingerprint).chain(seen -> switch (seen) {
                    case FIRST -> first.get();
                    case DUPLICATE -> again.get();
                    case CONFLICT -> Uni.createFrom().<T>failure(new ProblemException(
                            ProblemType.CONFLICTING_DUPLICATE, "the Idempotency-Key was used before for another "
                                    + "step or body", "Idempotency-Key"));
                }))));
    }
}
