package cn.lianxi.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import cn.lianxi.contracts.Topics;

/**
 * Court intake end to end: CASE_FILED events sent by a court system (HTTP batches through the gateway, or records on
 * its own topic {@code court.C320500.case-events.v1}, as the court's Kafka principal) at a fixed rate, until the resulting BANK_INQUIRY referral exists for BANK-ICBC.
 * End-to-end latency = the referral's {@code created_at} (stamped inside the transaction that makes it visible to
 * the bank's inbox) minus the event's intended send time. A sample of the HTTP events is also polled through the
 * gateway as the bank (`GET /api/inbox?caseId=`, one event a second, every 100 ms), which shows the inbox
 * really has it.
 */
final class Intake {

    /** Results of one rate step. */
    /** One fixed-rate step; {@code cpuMsPerEvent}: the platform's CPU time (every component) per event. */
    record Step(double rate, Lat accepted, Lat endToEnd, Lat inboxPoll, double cpuMsPerEvent) {
    }

    /** The intake's case numbers: B, the channel's initial, the step's time stamp, '-', the event's number. */
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern.compile("B[hk][0-9]+-[0-9]+");
    /** The sample is small and polled slowly: a hard-polling observer would load the inbox it measures. */
    private static final long POLL_MICROS = 100_000;
    private static final java.util.concurrent.ExecutorService POLLERS =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "inbox-poller");
                t.setDaemon(true);
                return t;
            });
    private final Env env;
    private final Api api;
    private final Connection liaison;
    private final KafkaProducer<String, String> producer;
    private final long drainSeconds;

    Intake(Env env, Api api, Connection liaison) throws IOException {
        this.env = env;
        this.api = api;
        this.liaison = liaison;
        this.drainSeconds = env.drainSeconds();
        Properties p = env.kafka("court-" + Ids.COURT);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", "1");
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
    }

    /**
     * Before measuring: the first events pay for connection pools, topic creation, the consumers' first metadata
     * refresh and, above all, the JIT: on two cores a freshly started service spends tens of seconds compiling its hot
     * paths (C2) while it serves, which would be measured as the platform's latency. So both channels carry a
     * moderate load for {@link Env#warmupSeconds()} before any step is measured.
     */
    void warmUp() throws Exception {
        double seconds = env.warmupSeconds();
        for (String channel : List.of("http", "kafka")) {
            Step s = step(channel, 20, seconds / 2);
            System.out.printf("[bench] warm-up %s (%.0f s at 20/s): %d of %d arrived, p99 %s ms, %.1f ms CPU/event%n",
                    channel, seconds / 2, s.endToEnd.ok(), s.endToEnd.offered, Lat.f(s.endToEnd.ms(99)),
                    s.cpuMsPerEvent);
        }
    }

    /** Raises the rate step by step until p99 passes one second, or an event is missing, or the rates run out. */
    List<Step> ramp(String channel, double[] rates, double stepSeconds) throws Exception {
        List<Step> steps = new ArrayList<>();
        for (double rate : rates) {
            Step s = step(channel, rate, stepSeconds);
            steps.add(s);
            System.out.printf("[bench] intake %s %.0f/s: e2e p50 %s p99 %s ms, missing %d%n", channel, rate,
                    Lat.f(s.endToEnd.ms(50)), Lat.f(s.endToEnd.ms(99)), s.endToEnd.errors);
            if (s.endToEnd.ms(99) > 1000 || s.endToEnd.errors > 0) {
                break;
            }
        }
        return steps;
    }

    /**
     * Whether a case is one the intake filed: on a shared platform (--home, the system tests) the banks' queues also
     * hold other callers' referrals, which the drain must leave alone.
     */
    static boolean filedCase(String caseNumber) {
        return CASE_NUMBER.matcher(caseNumber).matches();
    }

    Step step(String channel, double rate, double seconds) throws Exception {
        String tag = "B" + channel.charAt(0) + (System.currentTimeMillis() % 100_000_000) + "-";
        Map<String, Long> intendedMicros = new ConcurrentHashMap<>();
        long wall0 = System.currentTimeMillis() * 1000;
        long nano0 = System.nanoTime();
        Lat poll = new Lat("inbox poll (sample)", 0);
        long ticks0 = Resources.platformTicks(env.home());
        List<CompletableFuture<?>> polls = java.util.Collections.synchronizedList(new ArrayList<>());
        Lat accepted;
        if (channel.equals("http")) {
            int batch = (int) Math.max(1, Math.round(rate / 20));
            String clerk = api.user("clerk-zy");
            accepted = OpenLoad.run("HTTP batch accepted (" + batch + "/batch)", rate / batch, seconds, (i, intended) -> {
                List<Map<String, Object>> events = new ArrayList<>();
                for (int k = 0; k < batch; k++) {
                    String number = tag + (i * batch + k);
                    intendedMicros.put(number, wall0 + (intended - nano0) / 1000);
                    events.add(Ids.caseFiled(number, number, Ids.creditCode(i * batch + k), false));
                }
                return api.post(env.gateway() + "/api/court-events", clerk, Map.of("events", events))
                        .thenAccept(r -> {
                            var body = api.call(CompletableFuture.completedFuture(r));
                            if (body.path("accepted").asInt() != batch) {
                                throw new IllegalStateException("not all accepted: " + r.body());
                            }
                            if (i % Math.max(1, Math.round(rate / batch)) == 0) {
                                polls.add(pollInbox(body.path("results").get(0).path("caseId").asText(), intended, poll));
                            }
                        });
            });
        } else {
            accepted = OpenLoad.run("Kafka record acked", rate, seconds, (i, intended) -> {
                String number = tag + i;
                intendedMicros.put(number, wall0 + (intended - nano0) / 1000);
                String value;
                try {
                    value = Api.JSON.writeValueAsString(Ids.caseFiled(number, number, Ids.creditCode(i), true));
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(e);
                }
                CompletableFuture<Object> f = new CompletableFuture<>();
                producer.send(new ProducerRecord<>(Topics.courtCaseEvents(Ids.COURT), Topics.courtEventKey(Ids.COURT, number), value),
                        (m, e) -> {
                            if (e == null) {
                                f.complete(m);
                            } else {
                                f.completeExceptionally(e);
                            }
                        });
                return f;
            });
        }
        Lat e2e = endToEnd(tag, intendedMicros, rate, accepted.seconds);
        CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        poll.seconds = accepted.seconds;
        double cpuMs = (Resources.platformTicks(env.home()) - ticks0) * 10.0 / Math.max(1, e2e.offered);
        return new Step(rate, accepted, e2e, poll, cpuMs);
    }

    /** Waits (bounded) for every referral, then computes each event's latency from the referral's time stamp. */
    private Lat endToEnd(String tag, Map<String, Long> intendedMicros, double rate, double seconds) throws SQLException {
        Lat e2e = new Lat("event → referral in ICBC inbox", rate);
        e2e.seconds = seconds;
        e2e.offered = intendedMicros.size();
        long deadline = System.nanoTime() + drainSeconds * 1_000_000_000L;
        String countSql = "SELECT count(*) FROM referral WHERE agency_id = 'BANK-ICBC' AND case_number LIKE '" + tag + "%'";
        while (Db.count(liaison, countSql) < intendedMicros.size() && System.nanoTime() < deadline) {
            sleep(500);
        }
        try (PreparedStatement st = liaison.prepareStatement("SELECT case_number, "
                + "(extract(epoch FROM created_at) * 1000000)::bigint FROM referral "
                + "WHERE agency_id = 'BANK-ICBC' AND case_number LIKE ?")) {
            st.setString(1, tag + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Long intended = intendedMicros.remove(rs.getString(1));
                    if (intended != null) {
                        e2e.record(rs.getLong(2) - intended);
                    }
                }
            }
        }
        e2e.errors = intendedMicros.size();
        return e2e;
    }

    private CompletableFuture<?> pollInbox(String caseId, long intended, Lat poll) {
        String bank = api.agency("bank-icbc");
        String url = env.gateway() + "/api/inbox?caseId=" + caseId;
        return CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + drainSeconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    if (api.get(url, bank).join().body().contains(caseId)) {
                        poll.record((System.nanoTime() - intended) / 1000);
                        return;
                    }
                } catch (RuntimeException e) {
                    // retry until the deadline
                }
                sleep(POLL_MICROS / 1000);
            }
            poll.error();
        }, POLLERS);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void close() {
        producer.close();
    }
}
