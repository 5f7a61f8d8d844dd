package cn.lianxi.systemtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.contracts.Topics;

/**
 * A steady, bounded stream of court events and agency answers against the real platform, and the independent tally
 * of what the platform accepted. Court C320500 sends batches over HTTP through the gateway; court C320508 puts its
 * events straight on its own topic {@code court.C320508.case-events.v1}, as its own Kafka principal; the two banks
 * pull their inboxes and answer through the gateway.
 * Every caller retries like a real system would (same event ids, same answers) until it gets a definite answer.
 * Each case: filing (→ a bank inquiry per bank), a deduction order (→ a DEDUCTION referral to ICBC, answered in
 * full → recovered), a payment every second case, a dishonest listing every third HTTP case.
 */
final class Workload implements AutoCloseable {

    static final String KAFKA_COURT = "C320508";
    static final String COURT_TOPIC = Topics.courtCaseEvents(KAFKA_COURT);
    private static final Duration GIVE_UP = Duration.ofSeconds(150);
    /** The stream's pace; the defaults fit a 2-core CI machine, -Dlianxi.it.batch / -Dlianxi.it.pause-ms raise it. */
    private static final int CASES_PER_BATCH = Integer.getInteger("lianxi.it.batch", 2);
    private static final long PAUSE_MS = Long.getLong("lianxi.it.pause-ms", 300);

    /** What the platform acknowledged; compared with the databases after each fault. */
    static final class Tally {
        final AtomicInteger cases = new AtomicInteger();
        final AtomicInteger courtEvents = new AtomicInteger();
        final AtomicInteger kafkaEvents = new AtomicInteger();
        final AtomicInteger deductions = new AtomicInteger();
        final AtomicInteger payments = new AtomicInteger();
        final AtomicInteger listings = new AtomicInteger();
        final AtomicLong recoveredCents = new AtomicLong();
        final AtomicInteger duplicateAnswers = new AtomicInteger();
        final AtomicInteger courtRetries = new AtomicInteger();
        final AtomicInteger answerRetries = new AtomicInteger();
        final Set<String> answered = ConcurrentHashMap.newKeySet();
        final AtomicInteger deductionAnswers = new AtomicInteger();
    }

    final String tag;
    final Tally tally = new Tally();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Api api;
    private final Keycloak keycloak;
    private final Properties kafkaCourt;
    private final AtomicInteger caseSeq = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean courtsRunning;
    private volatile boolean closed;
    private final AtomicInteger courtsBusy = new AtomicInteger();

    Workload(Platform platform, Keycloak keycloak, String tag) {
        this.api = new Api(platform.gatewayUrl(), platform.agencySeals());
        this.keycloak = keycloak;
        this.kafkaCourt = platform.kafkaAs("court", KAFKA_COURT);
        this.tag = tag;
    }

    void start() {
        keycloak.user("clerk-zy");
        keycloak.agency("bank-icbc");
        keycloak.agency("bank-boc");
        threads.add(started("court-http", this::httpCourt));
        threads.add(started("court-kafka", this::kafkaCourt));
        threads.add(started("bank-icbc", () -> bank("bank-icbc")));
        threads.add(started("bank-boc", () -> bank("bank-boc")));
    }

    private static Thread started(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    void resumeCourts() {
        courtsRunning = true;
    }

    /** Stops sending new court events and waits until the courts' in-flight requests have their answers. */
    void pauseCourts() {
        courtsRunning = false;
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (courtsBusy.get() > 0 && System.nanoTime() < deadline) {
            sleep(50);
        }
    }

    // --- court C320500 over HTTP ---------------------------------------------------------------------------------

    private void httpCourt() {
        while (!closed) {
            if (!courtsRunning) {
                sleep(50);
                continue;
            }
            courtsBusy.incrementAndGet();
            try {
                List<Map<String, Object>> events = new ArrayList<>();
                List<Integer> seqs = new ArrayList<>();
                for (int i = 0; i < CASES_PER_BATCH; i++) {
                    int seq = caseSeq.incrementAndGet();
                    seqs.add(seq);
                    String number = tag + "-H" + seq;
                    events.add(filing(number, null, Ids.resident(seq), "judge-zy"));
                    events.add(deduction(number, null, seq));
                    if (seq % 2 == 0) {
                        events.add(event(number + "-p", number, null, "PAYMENT_RECEIVED",
                                Map.of("amount", "100.00", "source", "VOLUNTARY", "transferReference", number + "-p")));
                    }
                    if (seq % 3 == 0) {
                        events.add(event(number + "-l", number, null, "DISHONEST_LISTING_DECIDED", Map.of("ground", 6)));
                    }
                }
                submit(events);
            } finally {
                courtsBusy.decrementAndGet();
            }
            sleep(PAUSE_MS);
        }
    }

    private void submit(List<Map<String, Object>> events) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Answer a = api.post("/api/court-events", keycloak.user("clerk-zy"), Map.of("events", events));
            if (a.status() == 200 && a.body() != null) {
                for (JsonNode r : a.body().get("results")) {
                    String id = r.get("eventId").asText();
                    String status = r.get("status").asText();
                    if ("REJECTED".equals(status)) {
                        problems.add("court event " + id + " rejected: " + r.get("reason"));
                    } else {
                        count(events.stream().filter(e -> id.equals(e.get("eventId"))).findFirst().orElseThrow());
                    }
                }
                return;
            }
            if (a.status() >= 400 && a.status() < 500 && a.status() != 401 && a.status() != 429) {
                problems.add("court batch refused " + a.status() + ": " + a.body());
                return;
            }
            tally.courtRetries.incrementAndGet();
            sleep(250);
        }
        problems.add("court batch never answered within " + GIVE_UP);
    }

    private void count(Map<String, Object> e) {
        tally.courtEvents.incrementAndGet();
        switch ((String) e.get("kind")) {
            case "CASE_FILED" -> tally.cases.incrementAndGet();
            case "DEDUCTION_ORDERED" -> {
                tally.deductions.incrementAndGet();
                tally.recoveredCents.addAndGet(new BigDecimal((String) e.get("amount")).movePointRight(2).longValueExact());
            }
            case "PAYMENT_RECEIVED" -> {
                tally.payments.incrementAndGet();
                tally.recoveredCents.addAndGet(10_000);
            }
            case "DISHONEST_LISTING_DECIDED" -> tally.listings.incrementAndGet();
            default -> throw new IllegalStateException(e.toString());
        }
    }

    // --- court C320508 straight onto Kafka ----------------------------------------------------------------------

    private void kafkaCourt() {
        try (KafkaProducer<String, String> producer = producer(kafkaCourt)) {
            while (!closed) {
                if (!courtsRunning) {
                    sleep(50);
                    continue;
                }
                courtsBusy.incrementAndGet();
                try {
                    int seq = caseSeq.incrementAndGet();
                    String number = tag + "-K" + seq;
                    String key = "C320508|" + number;
                    List<Map<String, Object>> events = List.of(filing(number, "C320508", Ids.resident(seq), "judge-gs"),
                            deduction(number, "C320508", seq));
                    List<Future<RecordMetadata>> sent = new ArrayList<>();
                    for (Map<String, Object> e : events) {
                        sent.add(producer.send(new ProducerRecord<>(COURT_TOPIC, key, Api.JSON.writeValueAsString(e))));
                    }
                    for (int i = 0; i < sent.size(); i++) {
                        sent.get(i).get(GIVE_UP.toSeconds(), TimeUnit.SECONDS); // acks=all: now it is accepted
                        count(events.get(i));
                        tally.kafkaEvents.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    problems.add("kafka court send failed: " + e);
                } finally {
                    courtsBusy.decrementAndGet();
                }
                sleep(2 * PAUSE_MS);
            }
        }
    }

    /** A producer as a court's or a bank's system would run it, with that principal's settings. */
    static KafkaProducer<String, String> producer(Properties client) {
        Properties p = KafkaTool.settings(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 140_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        p.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 200);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    // --- the banks ---------------------------------------------------------------------------------------------

    private void bank(String client) {
        while (!closed) {
            Api.Answer claimed = api.post("/api/inbox/claims?max=50", keycloak.agency(client), Map.of());
            List<JsonNode> work = new ArrayList<>();
            if (claimed.ok() && claimed.body() != null) {
                claimed.body().forEach(work::add);
            }
            if (work.isEmpty()) {
                // a claim whose answer was lost (gateway or service killed) leaves referrals DELIVERED under a
                // lease nobody holds: answer those too rather than wait out the lease
                Api.Answer stuck = api.get("/api/inbox?status=DELIVERED&size=100", keycloak.agency(client));
                if (stuck.ok() && stuck.body() != null) {
                    stuck.body().forEach(work::add);
                }
            }
            work.removeIf(r -> !r.path("caseNumber").asText().startsWith(tag) || tally.answered.contains(r.get("id").asText()));
            if (work.isEmpty()) {
                sleep(200);
                continue;
            }
            for (JsonNode r : work) {
                answer(client, r);
            }
        }
    }

    private void answer(String client, JsonNode referral) {
        String id = referral.get("id").asText();
        Map<String, Object> body = new LinkedHashMap<>();
        String kind = referral.get("kind").asText();
        if ("DEDUCTION".equals(kind)) {
            body.put("type", "DEDUCTION");
            body.put("accountNumber", referral.path("payload").path("accountNumber").asText());
            body.put("amountDeducted", referral.path("payload").path("amount").asText());
            body.put("transferReference", "TR-" + id);
        } else if ("BANK_INQUIRY".equals(kind)) {
            body.put("type", "BANK_INQUIRY");
            body.put("accounts", List.of(account(client, referral.path("caseNumber").asText())));
        } else {
            problems.add("unexpected referral kind " + kind);
            return;
        }
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline && !closed) {
            Api.Answer a = api.post("/api/inbox/" + id + "/answer", keycloak.agency(client), body);
            if (a.ok()) {
                if (tally.answered.add(id) && "DEDUCTION".equals(kind)) {
                    tally.deductionAnswers.incrementAndGet();
                }
                return;
            }
            if (a.status() >= 400 && a.status() < 500 && a.status() != 401 && a.status() != 429) {
                problems.add("answer to " + id + " refused " + a.status() + ": " + a.body());
                return;
            }
            tally.answerRetries.incrementAndGet();
            sleep(250);
        }
    }

    /**
     * The one account each stream bank finds for a case's debtor: its number from the case number, its balance the
     * bank's own ({@link #BALANCES}), so each case's consolidated view must show {@link #CASE_BALANCE} exactly.
     */
    static Map<String, Object> account(String client, String caseNumber) {
        String digits = String.format("%010d", Math.floorMod(caseNumber.hashCode(), 10_000_000_000L));
        return Map.of("accountNumber", "62220" + (client.equals("bank-icbc") ? 1 : 2) + digits, "accountType", "活期",
                "balance", BALANCES.get(client), "currency", "CNY");
    }

    /** What each stream bank's account of a case holds (CNY, scale 2). */
    static final Map<String, String> BALANCES = Map.of("bank-icbc", "1200.50", "bank-boc", "300.25");
    /** Their sum: the consolidated view of every stream case, each account counted once however often answered. */
    static final BigDecimal CASE_BALANCE = new BigDecimal("1500.75");

    // --- events ------------------------------------------------------------------------------------------------

    /** A CASE_FILED court event of {@code court} (null: the token's court). */
    static Map<String, Object> filing(String number, String court, String respondentId, String judge) {
        return event(number + "-f", number, court, "CASE_FILED", Map.of(
                "filedOn", "2026-03-02", "basisType", "JUDGMENT", "basisDocument", "(2025)苏05民初88号",
                "amountOwed", "250000.00", "judge", judge,
                "parties", List.of(
                        Map.of("role", "APPLICANT", "type", "COMPANY", "name", "苏州某银行", "idNumber", TestData.COMPANY_CODE),
                        Map.of("role", "RESPONDENT", "type", "PERSON", "name", "被执行人" + number.hashCode() % 1000,
                                "idNumber", respondentId))));
    }

    static Map<String, Object> deduction(String number, String court, int seq) {
        return event(number + "-d", number, court, "DEDUCTION_ORDERED", Map.of("bankCode", "102",
                "accountNumber", "6222" + String.format("%08d", seq), "amount", (100 + seq % 900) + ".25"));
    }

    static Map<String, Object> event(String id, String number, String court, String kind, Map<String, Object> extra) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        if (court != null) {
            e.put("courtCode", court);
        }
        e.put("caseNumber", number);
        e.put("kind", kind);
        e.putAll(extra);
        return TestData.withBasis(e);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        courtsRunning = false;
        joinAll(threads);
    }

    /** Waits for each thread to end (at most 20 s each): the clients' loops end within one operation. */
    static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
