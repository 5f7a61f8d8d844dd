package cn.lianxi.systemtests;

import cn.lianxi.contracts.Topics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Duplicate deliveries, poison records and an outbox relay crash, with raw Kafka clients against the real topics.
 * The "effects" of a case are counted in every service's database (case row and recovered amount, timeline,
 * recoveries, referrals, the credit service's case record and listings) before and after.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT {

    static final Set<String> GROUPS = Set.of("case-service", "agency-liaison-service", "credit-sanction-service");
    static final Path ROOT = Path.of(System.getProperty("lianxi.root", "../..")).toAbsolutePath().normalize();

    Platform platform;
    Keycloak keycloak;

    @BeforeAll
    void setUp(Platform platform) {
        this.platform = platform;
        keycloak = new Keycloak(platform);
    }

    /** A case with a deduction answered in full, a listing, and both bank inquiries answered. */
    private String busyCase(String number) {
        Api api = new Api(platform.gatewayUrl(), platform.agencySeals());
        Map<String, Object> filing = new LinkedHashMap<>(TestData.caseFiling(number));
        String caseId = given().auth().oauth2(keycloak.user("clerk-zy")).contentType("application/json").body(filing)
                .post("/api/cases").then().statusCode(201).extract().path("id");
        given().auth().oauth2(keycloak.user("judge-zy")).contentType("application/json")
                .body(TestData.withBasis("/deduction-orders", Map.of("bankCode", "102", "accountNumber", "62220099",
                        "amount", "1234.56")))
                .post("/api/cases/" + caseId + "/deduction-orders").then().statusCode(200);
        for (String bank : List.of("bank-icbc", "bank-boc")) {
            List<Map<String, Object>> inbox = await().atMost(Duration.ofSeconds(60)).until(() -> given()
                    .auth().oauth2(keycloak.agency(bank)).queryParam("caseId", caseId).get("/api/inbox")
                    .then().statusCode(200).extract().path("$"), l -> l.size() == (bank.equals("bank-icbc") ? 2 : 1));
            for (Map<String, Object> r : inbox) {
                Object body = "DEDUCTION".equals(r.get("kind"))
                        ? Map.of("type", "DEDUCTION", "accountNumber", "62220099", "amountDeducted", "1234.56", "transferReference", "T1")
                        : Map.of("type", "BANK_INQUIRY", "accounts", List.of());
                assertTrue(api.post("/api/inbox/" + r.get("id") + "/answer", keycloak.agency(bank), body).ok());
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count("case",
                "SELECT count(*) FROM timeline_entry WHERE kind = 'OUTCOME_RECORDED' AND case_id = '" + caseId + "'") == 3);
        KafkaTool.awaitNoLag(platform.kafka(), Duration.ofSeconds(60), GROUPS);
        return caseId;
    }

    /**
     * What a duplicate could change. What the deadline sweep does meanwhile is no effect of a delivery and is left
     * out: the case's referral that nobody answers is escalated once it is overdue (short deadlines here), which
     * adds a liaison outcome, its timeline entry and case-service's outcome-recorded event.
     */
    private static Map<String, Object> effects(String caseId) {
        String c = "'" + caseId + "'";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recovered", Db.query("case", "SELECT amount_recovered FROM enforcement_case WHERE id = " + c).trim());
        m.put("status", Db.query("case", "SELECT status FROM enforcement_case WHERE id = " + c).trim());
        m.put("timeline", Db.count("case", "SELECT count(*) FROM timeline_entry WHERE case_id = " + c
                + " AND CASE WHEN kind = 'OUTCOME_RECORDED' THEN detail::jsonb->>'outcome' END IS DISTINCT FROM 'ESCALATED'"
                + " AND CASE WHEN kind = 'OUTCOME_RECORDED' THEN detail::jsonb->>'outcome' END IS DISTINCT FROM 'EXPIRED'"));
        m.put("recoveries", Db.count("case", "SELECT count(*) FROM recovery WHERE case_id = " + c));
        m.put("caseOutbox", Db.count("case", "SELECT count(*) FROM outbox WHERE message_key = " + c
                + " AND ce_type <> 'cn.lianxi.case.outcome-recorded.v1'"));
        m.put("referrals", Db.count("liaison", "SELECT count(*) FROM referral WHERE case_id = " + c));
        m.put("liaisonOutbox", Db.count("liaison", "SELECT count(*) FROM outbox WHERE message_key = " + c
                + " AND ce_type NOT IN ('cn.lianxi.liaison.outcome.escalated.v1', 'cn.lianxi.liaison.outcome.expired.v1')"));
        m.put("creditRecords", Db.count("credit", "SELECT count(*) FROM case_record WHERE id = " + c));
        m.put("listings", Db.count("credit", "SELECT count(*) FROM dishonest_listing WHERE case_id = " + c));
        return m;
    }

    @Test
    void republishedRecordsChangeNothing() throws Exception {
        String caseId = busyCase("IDEM-" + System.nanoTime() % 1_000_000);
        Map<String, Object> before = effects(caseId);
        Properties kafka = platform.kafka();
        List<ConsumerRecord<String, String>> raw = new java.util.ArrayList<>();
        raw.addAll(KafkaTool.read(kafka, "enforcement.cases.v1", r -> caseId.equals(r.key())));
        raw.addAll(KafkaTool.read(kafka, "liaison.outcomes.v1", r -> caseId.equals(r.key())));
        assertTrue(raw.size() >= 6, "records of the case: " + raw.size());
        try (KafkaProducer<String, String> producer = Workload.producer(kafka)) {
            for (int i = 0; i < 3; i++) {
                for (ConsumerRecord<String, String> r : raw) {
                    producer.send(new ProducerRecord<>(r.topic(), null, r.key(), r.value(), r.headers())).get();
                }
            }
        }
        KafkaTool.awaitNoLag(kafka, Duration.ofSeconds(90), GROUPS);
        Map<String, Object> after = effects(caseId);
        System.out.printf("[idempotency] re-published %d raw records x3 (case events and outcomes, with their headers):"
                + " effects before %s after %s%n", raw.size(), before, after);
        assertEquals(before, after);
        assertEquals("1234.56", after.get("recovered"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() throws Exception {
        Properties kafka = platform.kafka();
        String number = "POISON-" + System.nanoTime() % 1_000_000;
        String key = "C320500|" + number;
        Map<String, Object> filing = new LinkedHashMap<>(TestData.caseFiling(number));
        filing.put("eventId", number + "-f");
        filing.put("courtCode", "C320500");
        filing.put("kind", "CASE_FILED");
        String poisonCaseId = java.util.UUID.randomUUID().toString();
        String courtTopic = Topics.courtCaseEvents("C320500");
        try (KafkaProducer<String, String> court = Workload.producer(platform.kafkaAs("court", "C320500"))) {
            // the court's own system, on its own topic; same key = same partition: the poison is ahead of a valid event
            court.send(new ProducerRecord<>(courtTopic, key, "{\"eventId\": \"" + number + "-x\", not json")).get();
            court.send(new ProducerRecord<>(courtTopic, key, Api.JSON.writeValueAsString(filing))).get();
        }
        try (KafkaProducer<String, String> producer = Workload.producer(kafka)) {
            // a service gone wrong (the operator's principal stands in for it): the liaison and credit consumers get a
            // record that is no CaseEvent, keyed like a real case
            producer.send(new ProducerRecord<>("enforcement.cases.v1", poisonCaseId, "[\"not a case event\"]")).get();
            producer.send(new ProducerRecord<>("liaison.outcomes.v1", poisonCaseId, "{\"eventId\": 42}")).get();
        }
        String caseId = await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(keycloak.user("clerk-zy"))
                .queryParam("caseNumber", number).get("/api/cases").then().statusCode(200).extract().path("[0].id"), id -> id != null);
        Map<String, String> dlqs = new LinkedHashMap<>();
        dlqs.put("court.case-events.dlq.v1", key);
        dlqs.put("enforcement.cases.dlq.agency-liaison-service.v1", poisonCaseId);
        dlqs.put("enforcement.cases.dlq.credit-sanction-service.v1", poisonCaseId);
        dlqs.put("liaison.outcomes.dlq.case-service.v1", poisonCaseId);
        for (var dlq : dlqs.entrySet()) {
            List<ConsumerRecord<String, String>> dead = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> KafkaTool.read(kafka, dlq.getKey(), r -> dlq.getValue().equals(r.key())), l -> !l.isEmpty());
            String reason = KafkaTool.header(dead.get(0), "dead-letter-reason");
            System.out.printf("[idempotency] poison on %s → %s, reason: %s%n", dlq.getKey().replace(".dlq", ""), dlq.getKey(), reason);
            assertTrue(reason != null && !reason.isBlank(), dlq.getKey() + " has no reason");
        }
        // the partition kept flowing: the valid event behind the poison was applied, and the services are still ready
        assertFalse(caseId.isBlank());
        KafkaTool.awaitNoLag(kafka, Duration.ofSeconds(60), GROUPS);
        for (String s : List.of("case", "liaison", "credit")) {
            given().baseUri(platform.managementUrl(s)).get("/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    void theOutboxRelaySurvivesACrashBetweenPublishAndMarkSent() throws Exception {
        String caseId = busyCase("OUTBOX-" + System.nanoTime() % 1_000_000);
        Map<String, Object> before = effects(caseId);
        Properties kafka = platform.kafka();
        int published = KafkaTool.read(kafka, "enforcement.cases.v1", r -> caseId.equals(r.key())).size();
        // the crash: case-service dies after Kafka acknowledged its records but before the sent mark committed —
        // which leaves exactly this state: the rows published, sent_at NULL
        Platform.run(ROOT, platform.home(), 60, "kill", "case");
        long rows = Db.count("case", "WITH u AS (UPDATE outbox SET sent_at = NULL WHERE message_key = '" + caseId
                + "' RETURNING 1) SELECT count(*) FROM u");
        Platform.run(ROOT, platform.home(), 240, "start", "case");
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count("case",
                "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND message_key = '" + caseId + "'") == 0);
        int republished = KafkaTool.read(kafka, "enforcement.cases.v1", r -> caseId.equals(r.key())).size();
        KafkaTool.awaitNoLag(kafka, Duration.ofSeconds(90), GROUPS);
        Map<String, Object> after = effects(caseId);
        System.out.printf("[idempotency] outbox crash: %d rows unmarked, records on the topic %d → %d (re-sent), effects before %s"
                + " after %s%n", rows, published, republished, before, after);
        assertEquals(published + rows, republished, "every unmarked row is published again, nothing lost");
        assertEquals(before, after, "the consumers absorbed the re-sent records");
    }
}
