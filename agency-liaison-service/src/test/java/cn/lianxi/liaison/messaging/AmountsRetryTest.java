package cn.lianxi.liaison.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.liaison.service.CaseSnapshots;
import io.smallrye.mutiny.Uni;

/**
 * A payment or recorded outcome read only for the case's amounts is run again while PostgreSQL restarts, and not
 * dead-lettered (CI's fault run found one so dead-lettered: "Connection reset"); a bug's failure is not run again.
 * A narrow unit test: the snapshot store is a stand-in that fails as told.
 */
class AmountsRetryTest {

    /** Fails the first {@code failures} calls with {@code failure}, then keeps the amounts. */
    static final class FlakySnapshots extends CaseSnapshots {
        final AtomicInteger calls = new AtomicInteger();
        final int failures;
        final RuntimeException failure;

        FlakySnapshots(int failures, RuntimeException failure) {
            super(null, null, null);
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public Uni<Void> keepRecord(String record) {
            return calls.incrementAndGet() <= failures ? Uni.createFrom().failure(failure) : Uni.createFrom().voidItem();
        }
    }

    private static ConsumerRecord<String, String> payment() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("enforcement.cases.v1", 0, 0L, "case", "{}");
        record.headers().add("ce_type", CaseEventKind.PAYMENT_RECEIVED.ceType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Test
    void aConnectionResetIsRunAgain() {
        FlakySnapshots snapshots = new FlakySnapshots(2, new RuntimeException(new SocketException("Connection reset")));
        new CaseEventConsumer(null, null, null, null, snapshots, null).consume(payment()).await().atMost(Duration.ofSeconds(10));
        assertEquals(3, snapshots.calls.get(), "two resets, then kept");
    }

    @Test
    void aBugIsNotRunAgain() {
        FlakySnapshots snapshots = new FlakySnapshots(1, new NullPointerException("bug"));
        assertThrows(NullPointerException.class, () -> new CaseEventConsumer(null, null, null, null, snapshots, null)
                .consume(payment()).await().atMost(Duration.ofSeconds(10)));
        assertEquals(1, snapshots.calls.get());
    }
}
