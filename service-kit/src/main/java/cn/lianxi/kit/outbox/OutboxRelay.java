package cn.lianxi.kit.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Publishes the outbox to Kafka. It wakes on PostgreSQL {@code LISTEN outbox} (the insert trigger notifies at
 * commit), so an event leaves milliseconds after its transaction; a slow poll is the safety net for a lost
 * notification or a broker that was down. One relay drains at a time across instances (transaction-scoped
 * advisory lock), rows go out in commit order, and a row is marked sent only after Kafka acknowledged it
 * (acks=all). A crash between the ack and the mark re-sends the row: consumers deduplicate on the event id.
 * Each record carries the {@code traceparent} of the request that wrote its row, so a consumer continues the
 * original trace rather than the relay's.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6C69616E78L; // "lianx": one relay per database at a time

    private final Pool pool;
    private final Vertx vertx;
    private final MutinyEmitter<String> emitter;
    private final URI source;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeAgain = new AtomicBoolean();
    private final Counter published;
    private PgSubscriber subscriber;
    private volatile boolean connected;

    @Inject
    public OutboxRelay(Pool pool, Vertx vertx, @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = 4096) MutinyEmitter<String> emitter,
            @ConfigProperty(name = "lianxi.outbox.source") String source,
            @ConfigProperty(name = "lianxi.outbox.batch-size", defaultValue = "500") int batchSize,
            MeterRegistry registry) {
        this.pool = pool;
        this.vertx = vertx;
        this.emitter = emitter;
        this.source = URI.create(source);
        this.batchSize = batchSize;
        this.published = Counter.builder("lianxi.outbox.published")
                .description("Outbox events published to Kafka (acknowledged by all in-sync replicas)")
                .register(registry);
    }

    void listen(@Observes StartupEvent start,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel("outbox").handler(ignored -> wake());
        subscriber.connect().subscribe().with(ok -> wake(), e -> LOG.warnf("outbox LISTEN failed, polling only: %s", e));
    }

    void stop(@Observes ShutdownEvent stop) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /**
     * The safety net; skipped while the application starts, before the messaging channels are wired. It drains only
     * when a row is waiting: one index probe outside any transaction, instead of a locked drain every poll of a quiet
     * service (issue 22, the idle budget).
     */
    @Scheduled(every = "${lianxi.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        if (!channelReady()) {
            return Uni.createFrom().voidItem();
        }
        return pool.query("SELECT EXISTS (SELECT 1 FROM outbox WHERE sent_at IS NULL) AS unsent").execute()
                .invoke(rows -> {
                    if (rows.iterator().next().getBoolean("unsent")) {
                        wake();
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("outbox poll failed, retrying at the next: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Starts a drain unless one is under way; a wake during a drain makes it run once more. */
    public void wake() {
        if (!channelReady()) {
            return; // start-up: the Kafka channel is not connected yet; the next poll drains
        }
        wakeAgain.set(true);
        if (running.compareAndSet(false, true)) {
            wakeAgain.set(false);
            drainOnce().subscribe().with(this::afterDrain, this::afterFailure);
        }
    }

    private boolean channelReady() {
        if (!connected && emitter.hasRequests()) {
            connected = true;
        }
        return connected;
    }

    private void afterDrain(int count) {
        running.set(false);
        if (count >= batchSize || wakeAgain.get()) {
            wake();
        }
    }

    private void afterFailure(Throwable failure) {
        running.set(false);
        LOG.warnf("outbox relay will retry at next poll: %s", failure.getMessage());
    }

    /** Publishes one batch; returns how many rows went out. */
    Uni<Integer> drainOnce() {
        return pool.withTransaction(conn -> conn.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked")
                .execute(Tuple.of(RELAY_LOCK))
                .chain(rows -> rows.iterator().next().getBoolean("locked") ? publishBatch(conn) : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishBatch(SqlConnection conn) {
        return conn.preparedQuery("SELECT id, topic, message_key, ce_type, ce_subject, payload::text AS payload, "
                + "traceparent, created_at FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT $1")
                .execute(Tuple.of(batchSize))
                .chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    List<Uni<Void>> sends = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getUUID("id"));
                        sends.add(emitter.sendMessage(toMessage(row)));
                    }
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return Uni.join().all(sends).andFailFast()
                            .chain(() -> conn.preparedQuery("UPDATE outbox SET sent_at = now() WHERE id = ANY($1)")
                                    .execute(Tuple.of(ids.toArray(new UUID[0]))))
                            .invoke(() -> published.increment(ids.size()))
                            .replaceWith(ids.size());
                });
    }

    private Message<String> toMessage(Row row) {
        String id = row.getUUID("id").toString();
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(id)
                .withSource(source)
                .withType(row.getString("ce_type"))
                .withSubject(row.getString("ce_subject"))
                .withTimestamp(row.getOffsetDateTime("created_at").atZoneSameInstant(ZoneOffset.UTC))
                .build();
        RecordHeaders headers = new RecordHeaders();
        String traceparent = row.getString("traceparent");
        if (traceparent != null) {
            // the trace of the request that wrote the row, so the consumer continues it (channel tracing is off)
            headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("message_key"))
                .withHeaders(headers)
                .build();
        return Message.of(row.getString("payload")).addMetadata(cloudEvent).addMetadata(kafka);
    }
}
