package cn.lianxi.systemtests;

import cn.lianxi.contracts.Topics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody acts on Kafka as a court, an agency or a service that they are not (issue 16, RELIABILITY.md "Kafka"): the
 * launched broker authenticates every client (SASL/SCRAM) and authorises it by {@code deploy/local/kafka-access.json};
 * what a principal may write is its own, and the services hold each record to the court or agency of its topic.
 * Each principal here is provisioned the way an operator does it ({@code lianxi kafka-user}).
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAccessIT {

    static final String SUZHOU = "C320500";
    static final String GUSU = "C320508";
    static final String ICBC = "BANK-ICBC";
    static final String BOC = "BANK-BOC";

    Platform platform;

    @BeforeAll
    void setUp(Platform p) {
        platform = p;
    }

    @Test
    void aClientWithoutCredentialsOrWithAWrongPasswordIsRefusedByTheBroker() {
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", platform.kafkaBootstrap());
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = producer(anonymous)) {
            // the broker speaks only SASL: a plaintext client never gets metadata, so nothing can be sent
            assertThrows(TimeoutException.class, () -> producer.partitionsFor(Topics.courtCaseEvents(SUZHOU)));
        }
        Properties wrongPassword = platform.kafkaAs("court", SUZHOU);
        wrongPassword.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"court-" + SUZHOU + "\" password=\"not-the-password\";");
        try (KafkaProducer<String, String> producer = producer(wrongPassword)) {
            assertThrows(SaslAuthenticationException.class, () -> producer.partitionsFor(Topics.courtCaseEvents(SUZHOU)));
        }
    }

    @Test
    void aCourtCannotWriteAnotherCourtsTopic() {
        try (KafkaProducer<String, String> suzhou = producer(platform.kafkaAs("court", SUZHOU))) {
            assertRefused(suzhou, Topics.courtCaseEvents(GUSU));
        }
    }

    /**
     * On its own topic a court may still name another court in the event: the topic says who sent it, so the event has
     * no effect and is dead-lettered with the reason, as a token for another court is refused over HTTP.
     */
    @Test
    void anEventOnACourtsOwnTopicThatNamesAnotherCourtHasNoEffectAndIsDeadLettered() throws Exception {
        String number = TestData.caseNumber();
        Map<String, Object> forged = Workload.filing(number, GUSU, TestData.personId(), "judge-gs");
        try (KafkaProducer<String, String> suzhou = Workload.producer(platform.kafkaAs("court", SUZHOU))) {
            suzhou.send(new ProducerRecord<>(Topics.courtCaseEvents(SUZHOU), Topics.courtEventKey(GUSU, number),
                    Api.JSON.writeValueAsString(forged))).get();
        }
        ConsumerRecord<String, String> dead = await().atMost(Desk.ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> KafkaTool.read(platform.kafka(), Topics.COURT_CASE_EVENTS_DLQ,
                        r -> r.value().contains(number)), l -> !l.isEmpty()).get(0);
        String reason = KafkaTool.header(dead, "dead-letter-reason");
        assertTrue(reason.startsWith("court-mismatch [courtCode]"), reason);
        KafkaTool.awaitNoLag(platform.kafka(), Duration.ofSeconds(60), Set.of("case-service"));
        assertEquals(0, Db.count("case", "SELECT count(*) FROM enforcement_case WHERE case_number = '" + number + "'"),
                "the forged filing created no case");
    }

    @Test
    void aBankCannotReadAnotherBanksReferralsNorWriteItsAnswers() {
        platform.kafkaAs("agency", BOC);
        Properties icbc = platform.kafkaAs("agency", ICBC);
        icbc.put(ConsumerConfig.GROUP_ID_CONFIG, ICBC);
        icbc.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        icbc.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(icbc)) {
            consumer.subscribe(List.of(Topics.referralDispatch(BOC, "bank-inquiry")));
            assertThrows(TopicAuthorizationException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }, "ICBC's principal reads BOC's referrals");
        }
        try (KafkaProducer<String, String> producer = producer(platform.kafkaAs("agency", ICBC))) {
            assertRefused(producer, Topics.agencyResults(BOC));
        }
    }

    /** ICBC writes on its own results topic an answer that claims to be BOC's: refused before any rule runs. */
    @Test
    void anAnswerOnAnAgencysOwnTopicThatNamesAnotherAgencyIsDeadLettered() throws Exception {
        UUID referral = UUID.randomUUID();
        Map<String, Object> answer = Map.of("eventId", UUID.randomUUID().toString(), "referralId", referral.toString(),
                "agencyId", BOC, "action", "ACKNOWLEDGE", "occurredAt", Instant.now().toString());
        try (KafkaProducer<String, String> icbc = Workload.producer(platform.kafkaAs("agency", ICBC))) {
            icbc.send(new ProducerRecord<>(Topics.agencyResults(ICBC), referral.toString(),
                    Api.JSON.writeValueAsString(answer))).get();
        }
        // the provisioned results topic is found by liaison's pattern subscription within its metadata refresh
        ConsumerRecord<String, String> dead = await().atMost(Desk.ASYNC).pollInterval(Duration.ofSeconds(1))
                .until(() -> KafkaTool.read(platform.kafka(), "agency.results.dlq.agency-liaison-service.v1",
                        r -> referral.toString().equals(r.key())), l -> !l.isEmpty()).get(0);
        String reason = KafkaTool.header(dead, "dead-letter-reason");
        assertTrue(reason.contains("agency-mismatch") && reason.contains(BOC) && reason.contains(ICBC), reason);
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopicNorReadTheCourtsEvents() {
        Properties credit = platform.kafkaSettingsOf("credit-sanction-service");
        try (KafkaProducer<String, String> producer = producer(credit)) {
            assertRefused(producer, Topics.ENFORCEMENT_CASES);
            assertRefused(producer, Topics.courtCaseEvents(SUZHOU));
        }
    }

    private static KafkaProducer<String, String> producer(Properties settings) {
        Properties p = KafkaTool.settings(settings);
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /** A write the broker refuses: the send fails with a topic authorisation error and nothing is written. */
    private static void assertRefused(KafkaProducer<String, String> producer, String topic) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> producer.send(new ProducerRecord<>(topic, "k", "{}")).get(), "a write on " + topic);
        assertInstanceOf(TopicAuthorizationException.class, e.getCause(), topic + ": " + e.getCause());
    }
}
