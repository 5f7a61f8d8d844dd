package cn.lianxi.kit.persistence;

import io.smallrye.mutiny.Uni;

/**
 * Runs a transaction to its end even when the one who asked stops waiting. Quarkus REST cancels a request's
 * {@link Uni} when the client closes the connection (a gateway timeout, a court system giving up); a cancellation
 * reaching Hibernate Reactive mid-transaction closes the session while the transaction is still live (HR000090,
 * HHH000099 under overload; quarkusio/quarkus#51576, hibernate/hibernate-reactive#2926, both open). Detached, the
 * transaction commits or rolls back as it would have, and only its answer is dropped: the client re-sends and the
 * idempotency ledger answers. Hand-written because Mutiny has no operator that ignores a downstream cancellation.
 */
public final class Detached {

    private Detached() {
    }

    /** {@code work}, subscribed on its own: cancelling the returned Uni does not cancel it. */
    public static <T> Uni<T> of(Uni<T> work) {
        return Uni.createFrom().emitter(emitter -> work.subscribe().with(emitter::complete, emitter::fail));
    }
}
