package cn.lianxi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.AgencyChanged;
import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.contracts.AgencyStatus;
import cn.lianxi.contracts.Topics;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The agency directory the tests' measures are addressed to, published as agency-liaison-service would
 * ({@link AgencyChanged} on {@code liaison.agencies.v1}, the real broker) when the app starts, and awaited until the
 * service's directory consumer has stored every entry, so no test orders a measure before its bank is known.
 */
@ApplicationScoped
public class AgencyDirectorySeed {

    /** Bank code → agency id of the banks the tests order measures at. */
    public static final Map<String, String> BANKS = Map.of("ICBC", "BANK-ICBC", "BOC", "BANK-BOC", "ABC", "BANK-ABC");

    /** A police bureau: it takes no bank orders. */
    public static final String POLICE = "POLICE-320500";

    private static final Duration WAIT = Duration.ofSeconds(60);

    void seed(@Observes StartupEvent start, ObjectMapper mapper, Pool pool,
            @ConfigProperty(name = "kafka.bootstrap.servers") String servers) {
        List<AgencyChanged> agencies = new java.util.ArrayList<>();
        BANKS.forEach((code, id) -> agencies.add(entry(id, AgencyKind.BANK, code, AgencyStatus.ACTIVE)));
        agencies.add(entry(POLICE, AgencyKind.POLICE, null, AgencyStatus.ACTIVE));
        publish(mapper, servers, agencies);
        List<String> ids = agencies.stream().map(AgencyChanged::agencyId).toList();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (stored(pool, ids) < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the agency directory consumer did not store " + ids + " in " + WAIT);
            }
            sleep();
        }
    }

    public static AgencyChanged entry(String id, AgencyKind kind, String bankCode, AgencyStatus status) {
        return new AgencyChanged(UUID.randomUUID(), id, kind, "测试单位 " + id, bankCode, status, Instant.now());
    }

    /** Publishes {@code agencies} keyed by agency id, as the liaison service does, and waits for the broker's ack. */
    public static void publish(ObjectMapper mapper, String servers, List<AgencyChanged> agencies) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (AgencyChanged a : agencies) {
                producer.send(new ProducerRecord<>(Topics.AGENCY_DIRECTORY, a.agencyId(), mapper.writeValueAsString(a)))
                        .get();
            }
        } catch (JsonProcessingException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not publish the agency directory", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long stored(Pool pool, List<String> ids) {
        return pool.preparedQuery("SELECT count(*) FROM agency_directory WHERE agency_id = ANY($1)")
                .execute(Tuple.of(ids.toArray(new String[0]))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
