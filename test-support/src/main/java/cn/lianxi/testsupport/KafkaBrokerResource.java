package cn.lianxi.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real Apache Kafka KRaft broker inside the test JVM, started once and shared by every Quarkus test of the JVM
 * (each distinct test profile restarts the application, not the broker). No Docker involved.
 * Fields annotated {@link InjectKafkaCompanion} receive a {@link KafkaCompanion} on that broker.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;
    private static KafkaCompanion companion;

    /** The bootstrap servers of the shared broker, starting it when needed. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> {
                        p.put("num.partitions", "3");
                        p.put("auto.create.topics.enable", "true");
                        p.put("group.initial.rebalance.delay.ms", "0");
                        p.put("offsets.topic.num.partitions", "3");
                    })
                    .start();
            companion = new KafkaCompanion(broker.getAdvertisedListeners());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                companion.close();
                broker.close();
            }, "kafka-test-broker-stop"));
        }
        return broker.getAdvertisedListeners();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(companion,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
    }

    @Override
    public void stop() {
        // the broker outlives one application boot: it is shared by the whole test JVM and stopped at JVM exit
    }
}
