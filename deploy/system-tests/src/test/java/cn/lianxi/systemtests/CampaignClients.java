package cn.lianxi.systemtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.systemtests.campaign.HistoryRecorder;
import cn.lianxi.systemtests.campaign.Operation;
import cn.lianxi.systemtests.campaign.Operation.Result;

/**
 * The fault campaign's clients (演练中的各方), every one recording each operation in the history before it sends it
 * and again with what it was told: court C320500 over HTTP through the gateway (filings, deduction orders, payments,
 * dishonest listings, and now and then a payment of 1.001 meant to be refused), court C320508 straight onto its Kafka
 * topic (filings, deduction orders, and now and then a record without a case number meant to be dead-lettered), the
 * two banks claiming and answering their inboxes, and the readers: the police and the procuratorate at their inboxes,
 * a credit officer at the listings, the public at the dishonest-person query.
 *
 * <p>What a client is told decides the outcome it records: a 2xx (or a broker's acknowledgement) is ACKNOWLEDGED, a
 * 4xx other than 401/429 a definite FAILED, anything else (a 5xx, a timeout, a reset) UNKNOWN, after which the
 * client sends the same thing again (same event ids, same answer) as a real system would, each attempt its own
 * operation. The cases' numbers start with the campaign's tag, so the banks answer only the campaign's referrals.
 */
final class CampaignClients implements AutoCloseable {

    static final String HTTP_COURT = "C320500";
    private static final Duration GIVE_UP = Duration.ofSeconds(150);
    private static final long PAUSE_MS = Long.getLong("lianxi.campaign.pause-ms", 500);
    private static final List<String> BANKS = List.of("bank-icbc", "bank-boc");

    private final Api api;
    private final Keycloak keycloak;
    private final Properties kafkaCourt;
    private final HistoryRecorder history;
    final String tag;
    private final AtomicInteger caseSeq = new AtomicInteger();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final List<String> residents = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean courtsRunning = true;
    private volatile boolean closed;

    CampaignClients(Platform platform, Keycloak keycloak, HistoryRecorder history, String tag) {
        this.api = new Api(platform.gatewayUrl(), platform.agencySeals());
        this.keycloak = keycloak;
        this.kafkaCourt = platform.kafkaAs("court", Workload.KAFKA_COURT);
        this.history = history;
        this.tag = tag;
    }

    void start() {
        threads.add(started("court-http", this::httpCourt));
        threads.add(started("court-kafka", this::kafkaCourt));
        BANKS.forEach(bank -> threads.add(started(bank, () -> bank(bank))));
        threads.add(started("readers", this::readers));
    }

    /** The courts send nothing new from now on; the banks and readers go on until {@link #close()}. */
    void stopCourts() {
        courtsRunning = false;
    }

    private static Thread started(String name, Runnable body) {
        Thread t = new Thread(body, "campaign-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    // --- court C320500 over HTTP ---------------------------------------------------------------------------------

    private void httpCourt() {
        int batch = 0;
        while (courtsRunning && !closed) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int seq = caseSeq.incrementAndGet();
                String number = tag + "-H" + seq;
                String resident = Ids.resident(seq);
                residents.add(resident);
                events.add(Workload.filing(number, null, resident, "judge-zy"));
                events.add(Workload.deduction(number, null, seq));
                if (seq % 2 == 0) {
                    events.add(Workload.event(number + "-p", number, null, "PAYMENT_RECEIVED", Map.of("amount", "100.00",
                            "source", "VOLUNTARY", "transferReference", number + "-p")));
                }
                if (seq % 3 == 0) {
                    events.add(Workload.event(number + "-l", number, null, "DISHONEST_LISTING_DECIDED",
                            Map.of("ground", 6)));
                }
            }
            submit(events, false);
            if (++batch % 5 == 0) {
                // three decimals: refused at intake, and nothing of it may reach a ledger
                String number = tag + "-H" + caseSeq.get();
                submit(List.of(Workload.event(number + "-bad" + batch, number, null, "PAYMENT_RECEIVED",
                        Map.of("amount", "1.001", "source", "VOLUNTARY", "transferReference", number + "-bad"))), true);
            }
            Workload.sleep(PAUSE_MS);
        }
    }

    /** Sends one batch until the court hears a definite answer for it; each attempt records one operation an event. */
    private void submit(List<Map<String, Object>> events, boolean bad) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline && !closed) {
            Map<String, Operation> ops = new LinkedHashMap<>();
            for (Map<String, Object> e : events) {
                Operation planned = courtOp(e);
                ops.put((String) e.get("eventId"), history.intend(bad ? planned.badInput() : planned));
            }
            Api.Answer a = api.post("/api/court-events", keycloak.user("clerk-zy"), Map.of("events", events));
            if (a.status() == 200 && a.body() != null) {
                for (JsonNode r : a.body().get("results")) {
                    Operation op = ops.remove(r.get("eventId").asText());
                    boolean refused = "REJECTED".equals(r.path("status").asText());
                    history.complete(op, refused ? Result.FAILED : Result.ACKNOWLEDGED,
                            r.path("status").asText() + (refused ? ": " + r.path("reason") : ""));
                }
                ops.values().forEach(op -> history.complete(op, Result.UNKNOWN, "no result for it in the answer"));
                return;
            }
            Result result = definite(a.status()) ? Result.FAILED : Result.UNKNOWN;
            ops.values().forEach(op -> history.complete(op, result, "HTTP " + a.status()));
            if (result == Result.FAILED) {
                return;
            }
            Workload.sleep(250);
        }
    }

    private Operation courtOp(Map<String, Object> e) {
        String kind = (String) e.get("kind");
        String opKind = switch (kind) {
            case "PAYMENT_RECEIVED" -> "PAYMENT";
            case "DISHONEST_LISTING_DECIDED" -> "LISTING";
            default -> "COURT_EVENT_HTTP";
        };
        Operation op = Operation.planned(opKind, HTTP_COURT, HTTP_COURT + "|" + e.get("caseNumber"))
                .event((String) e.get("eventId"));
        return "PAYMENT_RECEIVED".equals(kind) ? op.amount(new BigDecimal("100.00")) : op;
    }

    /** A refusal the caller cannot overcome by sending the same again (an expired token or a rate limit it can). */
    private static boolean definite(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 429;
    }

    // --- court C320508 straight onto Kafka ----------------------------------------------------------------------

    private void kafkaCourt() {
        try (KafkaProducer<String, String> producer = Workload.producer(kafkaCourt)) {
            while (courtsRunning && !closed) {
                int seq = caseSeq.incrementAndGet();
                String number = tag + "-K" + seq;
                String key = Workload.KAFKA_COURT + "|" + number;
                send(producer, key, Workload.filing(number, Workload.KAFKA_COURT, Ids.resident(seq), "judge-gs"), false);
                send(producer, key, Workload.deduction(number, Workload.KAFKA_COURT, seq), false);
                if (seq % 10 == 0) {
                    Map<String, Object> bad = new LinkedHashMap<>(Workload.deduction(number, Workload.KAFKA_COURT, seq));
                    bad.put("eventId", number + "-bad");
                    bad.remove("caseNumber");
                    send(producer, key, bad, true);
                }
                Workload.sleep(2 * PAUSE_MS);
            }
        }
    }

    /** One record, sent until the broker acknowledges it (acks=all: then it is the platform's). */
    private void send(KafkaProducer<String, String> producer, String key, Map<String, Object> event, boolean bad) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline && !closed) {
            Operation planned = Operation.planned("COURT_EVENT_KAFKA", Workload.KAFKA_COURT, key)
                    .event((String) event.get("eventId"));
            Operation op = history.intend(bad ? planned.badInput() : planned);
            try {
                producer.send(new ProducerRecord<>(Workload.COURT_TOPIC, key, Api.JSON.writeValueAsString(event)))
                        .get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
                history.complete(op, Result.ACKNOWLEDGED, "broker ack");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                history.complete(op, Result.UNKNOWN, "interrupted");
                return;
            } catch (Exception e) {
                history.complete(op, Result.UNKNOWN, e.getClass().getSimpleName() + ": " + e.getMessage());
                Workload.sleep(500);
            }
        }
    }

    // --- the banks ---------------------------------------------------------------------------------------------

    private void bank(String client) {
        String agency = client.toUpperCase();
        while (!closed) {
            List<JsonNode> work = new ArrayList<>();
            Operation claim = history.intend(Operation.planned("BANK_CLAIM", agency, "claims?max=50"));
            Api.Answer claimed = api.post("/api/inbox/claims?max=50", keycloak.agency(client), Map.of());
            if (claimed.ok() && claimed.body() != null) {
                claimed.body().forEach(work::add);
            }
            history.complete(claim, outcome(claimed.status()), "HTTP " + claimed.status() + ", " + work.size());
            if (work.isEmpty()) {
                // a claim whose answer was lost (gateway or service killed) leaves referrals DELIVERED under a lease
                // nobody holds: answer those too rather than wait out the lease
                Api.Answer stuck = api.get("/api/inbox?status=DELIVERED&size=100", keycloak.agency(client));
                if (stuck.ok() && stuck.body() != null) {
                    stuck.body().forEach(work::add);
                }
            }
            work.removeIf(r -> !r.path("caseNumber").asText().startsWith(tag) || answered.contains(r.get("id").asText()));
            if (work.isEmpty()) {
                Workload.sleep(300);
            }
            work.forEach(r -> answer(client, agency, r));
        }
    }

    private void answer(String client, String agency, JsonNode referral) {
        String id = referral.get("id").asText();
        String kind = referral.get("kind").asText();
        Map<String, Object> body = new LinkedHashMap<>();
        BigDecimal amount = null;
        if ("DEDUCTION".equals(kind)) {
            amount = new BigDecimal(referral.path("payload").path("amount").asText());
            body.put("type", "DEDUCTION");
            body.put("accountNumber", referral.path("payload").path("accountNumber").asText());
            body.put("amountDeducted", amount.toPlainString());
            body.put("transferReference", "TR-" + id);
        } else {
            body.put("type", "BANK_INQUIRY");
            body.put("accounts", List.of(Workload.account(client, referral.path("caseNumber").asText())));
        }
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline && !closed) {
            Operation op = history.intend(Operation.planned("BANK_ANSWER", agency, id).referral(id)
                    .forCase(referral.path("caseId").asText(null)).amount(amount));
            Api.Answer a = api.post("/api/inbox/" + id + "/answer", keycloak.agency(client), body);
            Result result = outcome(a.status());
            history.complete(op, result, "HTTP " + a.status() + (result == Result.FAILED ? ": " + a.body() : ""));
            if (result != Result.UNKNOWN) {
                answered.add(id);
                return;
            }
            Workload.sleep(250);
        }
    }

    private static Result outcome(int status) {
        return status >= 200 && status < 300 ? Result.ACKNOWLEDGED : definite(status) ? Result.FAILED : Result.UNKNOWN;
    }

    // --- the readers -------------------------------------------------------------------------------------------

    /** The police, the procuratorate, a credit officer and the public read while the faults go on. */
    private void readers() {
        int round = 0;
        while (!closed) {
            read("POLICE_INBOX", "POLICE-320500", "/api/inbox?size=20", keycloak.agency("police-sz"));
            read("PROCURATORATE_INBOX", "PROC-320500", "/api/inbox?size=20", keycloak.agency("procuratorate-sz"));
            read("CREDIT_READ", "credit-officer", "/api/listings?size=20", keycloak.user("credit-officer"));
            if (!residents.isEmpty()) {
                String resident = residents.get(round++ % residents.size());
                read("PUBLIC_QUERY", "public", "/api/public/dishonest?idNumber=" + resident, null);
            }
            Workload.sleep(2_000);
        }
    }

    private void read(String kind, String client, String path, String token) {
        Operation op = history.intend(Operation.planned(kind, client, path));
        Api.Answer a = api.get(path, token);
        history.complete(op, outcome(a.status()), "HTTP " + a.status());
    }

    @Override
    public void close() {
        closed = true;
        courtsRunning = false;
        Workload.joinAll(threads);
    }
}
