package cn.lianxi.systemtests;

import cn.lianxi.contracts.AsyncApiSchemas;
import cn.lianxi.contracts.Topics;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The live records of the run against the published contract: every record the services wrote on
 * {@code enforcement.cases.v1}, {@code liaison.outcomes.v1}, {@code credit.sanctions.v1}, the agency directory
 * {@code liaison.agencies.v1} and the agencies' {@code agency.<agency>.referrals.<kind>.v1} topics validates, key, headers and payload, against its channel's message in
 * event-contracts' {@code asyncapi.yaml} (a real JSON-schema validator): the CloudEvents binary headers and
 * {@code traceparent} on every record (scheduled sweeps and the bank fan-out included), {@code ce_subject} the case
 * id (the agency id on the directory), {@code ce_id} the event id, the key the case id (the agency id on the dispatch
 * topics and the directory). Every topic on the broker
 * has a channel, the outbox's default topic holds nothing, and no record of the services ended in a consumer's
 * dead-letter topic.
 * <p>
 * It runs after every other class ({@link Order} with the {@link ClassOrderer.OrderAnnotation} orderer of
 * {@code junit-platform.properties}), so it reads what all scenarios produced; its own scenario makes sure each of
 * the four topics holds records even when it runs alone: a Kafka-connected bank (registered here, last, so no
 * other test's bank count changes) gets a bank inquiry and a deduction by Kafka and answers on
 * its own {@code agency.BANK-CMB.results.v1}, and the court lists the respondent.
 * Records are the services' own when they carry the CloudEvents {@code ce_source} header; the poison records other
 * tests put on these topics on purpose carry none and are left out.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE)
class LiveRecordsMatchAsyncApiIT {

    static final List<String> TOPICS = List.of(Topics.ENFORCEMENT_CASES, Topics.REFERRAL_OUTCOMES,
            Topics.CREDIT_SANCTIONS, Topics.AGENCY_DIRECTORY);
    /** The agency directory: keyed, and about, an agency (its {@code agencyId}), not a case. */
    static final String DIRECTORY = Topics.AGENCY_DIRECTORY;
    static final String KAFKA_BANK = "BANK-CMB";
    static final Set<String> GROUPS = Set.of("case-service", "agency-liaison-service", "credit-sanction-service");

    Platform platform;
    Keycloak keycloak;

    @BeforeAll
    void setUp(Platform p) {
        platform = p;
        keycloak = new Keycloak(p);
    }

    static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("a record that is not JSON: " + json, e);
        }
    }

    @Test
    void everyRecordOfTheRunValidatesAgainstTheAsyncApiSchemasAndNoneWasDeadLettered() throws Exception {
        String caseId = aKafkaBankDeductsAndTheCourtLists();
        KafkaTool.awaitNoLag(platform.kafka(), Duration.ofSeconds(90), GROUPS);

        AsyncApiSchemas contract = AsyncApiSchemas.load();
        Properties kafka = platform.kafka();
        List<String> topics = new ArrayList<>(TOPICS);
        KafkaTool.topics(kafka).stream().filter(LiveRecordsMatchAsyncApiIT::isDispatch).sorted().forEach(topics::add);

        everyTopicOnTheBrokerIsDocumentedAndTheOutboxDefaultIsEmpty(contract, kafka);

        Map<String, Integer> validated = new TreeMap<>();
        Map<String, Integer> traced = new TreeMap<>();
        Set<String> kinds = new TreeSet<>();
        Set<String> eventIds = new HashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String topic : topics) {
            assertTrue(!contract.payloadSchemasOf(topic).isEmpty(), "the AsyncAPI document has no channel for " + topic);
            for (ConsumerRecord<String, String> r : KafkaTool.read(kafka, topic, LiveRecordsMatchAsyncApiIT::ours)) {
                JsonNode record = parse(r.value());
                List<String> problems = new ArrayList<>(contract.recordProblems(topic, r.key(), headers(r), r.value()));
                problems.addAll(identityProblems(topic, r, record));
                if (KafkaTool.header(r, "traceparent") != null) {
                    traced.merge(topic, 1, Integer::sum);
                }
                if (!problems.isEmpty() && invalid.size() < 50) {
                    invalid.add(topic + "@" + r.partition() + ":" + r.offset() + " " + KafkaTool.header(r, "ce_type")
                            + " " + problems + "\n    " + abbreviate(r.value()));
                }
                validated.merge(topic, 1, Integer::sum);
                eventIds.add(record.path("eventId").asText());
                if (topic.equals("enforcement.cases.v1")) {
                    kinds.add(record.path("kind").asText());
                }
            }
        }
        System.out.printf("[contract] validated against %s: %s; with traceparent %s; case event kinds seen %s%n",
                "asyncapi.yaml", validated, traced, kinds);
        assertTrue(invalid.isEmpty(), invalid.size() + "+ live records do not match the AsyncAPI document:\n"
                + String.join("\n", invalid));
        for (String topic : List.of("enforcement.cases.v1", "liaison.outcomes.v1", "credit.sanctions.v1", DIRECTORY,
                Topics.referralDispatch(KAFKA_BANK, "bank-inquiry"), Topics.referralDispatch(KAFKA_BANK, "deduction"))) {
            assertTrue(validated.getOrDefault(topic, 0) > 0, "no record of the services on " + topic);
        }
        assertTrue(kinds.containsAll(List.of("CASE_FILED", "DEDUCTION_ORDERED", "DISHONEST_LISTING_DECIDED",
                "OUTCOME_RECORDED")), "this class's own scenario writes these kinds: " + kinds);

        noRecordOfTheServicesWasDeadLettered(kafka, eventIds);
        System.out.printf("[contract] case %s: the Kafka bank's deduction and the listing went through%n", caseId);
    }

    /**
     * The key, subject and id as the document describes them: {@code ce_id} is the payload's {@code eventId},
     * {@code ce_subject} its {@code caseId}, and the key its {@code caseId}, or on a dispatch topic its {@code agencyId};
     * on the agency directory key and subject are the {@code agencyId}.
     */
    private static List<String> identityProblems(String topic, ConsumerRecord<String, String> r, JsonNode record) {
        List<String> problems = new ArrayList<>();
        String subject = topic.equals(DIRECTORY) ? record.path("agencyId").asText() : record.path("caseId").asText();
        String expectedKey = isDispatch(topic) ? record.path("agencyId").asText() : subject;
        if (!expectedKey.equals(r.key())) {
            problems.add("key " + r.key() + " is not " + expectedKey);
        }
        if (!subject.equals(KafkaTool.header(r, "ce_subject"))) {
            problems.add("ce_subject " + KafkaTool.header(r, "ce_subject") + " is not " + subject);
        }
        if (!record.path("eventId").asText().equals(KafkaTool.header(r, "ce_id"))) {
            problems.add("ce_id " + KafkaTool.header(r, "ce_id") + " is not the eventId");
        }
        return problems;
    }

    /** An agency's own dispatch topic of one referral kind ({@code agency.<agency>.referrals.<kind>.v1}). */
    static boolean isDispatch(String topic) {
        return topic.startsWith(Topics.AGENCY_PREFIX) && topic.contains(".referrals.");
    }

    /** A channel for every topic the run created (internal ones aside); nothing on the outbox's default topic. */
    private static void everyTopicOnTheBrokerIsDocumentedAndTheOutboxDefaultIsEmpty(AsyncApiSchemas contract,
            Properties kafka) {
        Set<String> topics = KafkaTool.topics(kafka);
        List<String> undocumented = topics.stream().filter(t -> !t.startsWith("__") && !contract.hasChannel(t))
                .sorted().toList();
        assertEquals(List.of(), undocumented, "topics on the broker without an AsyncAPI channel");
        if (topics.contains(Topics.OUTBOX_DEFAULT)) {
            assertEquals(List.of(), KafkaTool.read(kafka, Topics.OUTBOX_DEFAULT, r -> true),
                    Topics.OUTBOX_DEFAULT + " must stay empty: every outbox row names its topic");
        }
    }

    /** Each header's last value, as text. */
    private static Map<String, String> headers(ConsumerRecord<String, String> r) {
        Map<String, String> headers = new TreeMap<>();
        r.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
        return headers;
    }

    /**
     * Every case event kind seen was consumed: the consumer groups have no lag (above) and no dead-letter topic holds
     * a record the services wrote (by its {@code ce_source} or its event id).
     */
    private static void noRecordOfTheServicesWasDeadLettered(Properties kafka, Set<String> eventIds) {
        List<String> dead = new ArrayList<>();
        for (String dlq : KafkaTool.topics(kafka).stream().filter(t -> t.contains(".dlq.")).sorted().toList()) {
            for (ConsumerRecord<String, String> r : KafkaTool.read(kafka, dlq, r -> true)) {
                String eventId = eventIdOf(r.value());
                if (ours(r) || (eventId != null && eventIds.contains(eventId))) {
                    dead.add(dlq + ": " + KafkaTool.header(r, "ce_type") + " " + eventId + " — "
                            + KafkaTool.header(r, "dead-letter-reason"));
                }
            }
        }
        assertTrue(dead.isEmpty(), "records of the services' own making were dead-lettered:\n" + String.join("\n", dead));
    }

    private static String eventIdOf(String json) {
        try {
            JsonNode id = Api.JSON.readTree(json).path("eventId");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null; // a poison record another test sent on purpose
        }
    }

    /** A record one of the services published (CloudEvents source {@code /lianxi/<service>}). */
    static boolean ours(ConsumerRecord<String, String> r) {
        String source = KafkaTool.header(r, "ce_source");
        return source != null && source.startsWith("/lianxi/");
    }

    // --- the scenario: a bank that works by Kafka ------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private String aKafkaBankDeductsAndTheCourtLists() throws Exception {
        Desk admin = Desk.as(keycloak, "admin");
        Desk clerk = Desk.as(keycloak, "clerk-zy");
        Desk judge = Desk.as(keycloak, "judge-zy");
        admin.post("/api/agencies", Map.of("id", KAFKA_BANK, "kind", "BANK", "name", "招商银行苏州分行", "bankCode", "308",
                "jurisdiction", List.of(), "contact", "cmb-sz-zhixing@example.cn", "channel", "KAFKA"))
                .statusCode(anyOf(equalTo(201), equalTo(200), equalTo(409)));

        String debtor = TestData.personId();
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), "30000.00",
                TestData.personRespondent("王二十", debtor))).get("id").toString();
        judge.okOnceTheAgencyIsKnown("/api/cases/" + caseId + "/deduction-orders", Map.of("agencyId", KAFKA_BANK,
                "accountNumber", "6214830000000001", "amount", "30000.00", "respondentIdNumber", debtor));
        judge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 6, "respondentIdNumber", debtor,
                "documentNumber", "(2026)苏05执失字第88号"));

        // the bank's own system, as its own Kafka principal: its referrals topic in, its results topic out
        Properties bank = platform.kafkaAs("agency", KAFKA_BANK);
        JsonNode dispatch = await().atMost(Desk.ASYNC).pollInterval(Duration.ofSeconds(1)).until(() -> KafkaTool
                .read(bank, Topics.referralDispatch(KAFKA_BANK, "deduction"), r -> KAFKA_BANK.equals(r.key())).stream()
                .map(r -> parse(r.value())).filter(d -> caseId.equals(d.path("caseId").asText())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        Desk.assertExactly("30000.00", dispatch.path("payload").path("amount").decimalValue(), "the dispatched amount");
        assertEquals(debtor, dispatch.path("payload").path("respondent").path("idNumber").asText());

        Map<String, Object> answer = Map.of("eventId", UUID.randomUUID().toString(),
                "referralId", dispatch.path("referralId").asText(), "agencyId", KAFKA_BANK, "action", "ANSWER",
                "result", Map.of("type", "DEDUCTION", "accountNumber", "6214830000000001",
                        "amountDeducted", new java.math.BigDecimal("30000.00"), "transferReference", "CMB-SZ-0001"),
                "occurredAt", Instant.now().toString());
        try (KafkaProducer<String, String> producer = Workload.producer(bank)) {
            producer.send(new ProducerRecord<>(Topics.agencyResults(KAFKA_BANK), dispatch.path("referralId").asText(),
                    Api.JSON.writeValueAsString(answer))).get();
        }
        Map<String, Object> settled = judge.awaitCase(caseId, c -> Desk.money(c.get("amountRecovered")).signum() > 0);
        Desk.assertExactly("30000.00", settled.get("amountRecovered"), "the Kafka bank's deduction, exactly");
        return caseId;
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }
}
