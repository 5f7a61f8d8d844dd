package cn.lianxi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The banks' side: a sustained mix in which the banks' systems drain their queues (claim under a lease, then answer
 * at a fixed rate) with the answer-to-case-timeline latency, and the nationwide inquiry (总对总) fanned out to 4,000
 * banks. The 3,998 extra banks are registered by SQL in liaison's own database (the admin API registers one at a
 * time; the benchmark is about the fan-out, not the registration).
 */
final class Banks {

    static final List<String> BANK_CLIENTS = List.of("bank-icbc", "bank-boc");
    private final Env env;
    private final Api api;
    private final Connection liaison;
    private final Connection cases;

    Banks(Env env, Api api, Connection liaison, Connection cases) {
        this.env = env;
        this.api = api;
        this.liaison = liaison;
        this.cases = cases;
    }

    /**
     * One step of the drain mix: {claim, answer accepted, answer → timeline}, and the platform's CPU time (every
     * component but PostgreSQL) per answer, from the first answer until the last outcome reached the timeline.
     */
    record DrainStep(List<Lat> lats, double cpuMsPerAnswer) {
        Lat timeline() {
            return lats.get(2);
        }
    }

    /** One step of the drain mix at {@code rate} answers/s. */
    DrainStep drain(double rate, double seconds) throws SQLException {
        int wanted = (int) Math.round(rate * seconds);
        ConcurrentLinkedQueue<String[]> claimed = new ConcurrentLinkedQueue<>();
        Lat claims = new Lat("claim (100 per call)", 0);
        long t0 = System.nanoTime();
        for (int round = 0; claimed.size() < wanted && round < wanted / 50 + 4; round++) {
            String client = BANK_CLIENTS.get(round % 2);
            long s = System.nanoTime();
            JsonNode got = api.call(api.post(env.gateway() + "/api/inbox/claims?max=100", api.agency(client), Map.of()));
            claims.record((System.nanoTime() - s) / 1000);
            got.forEach(r -> claimed.add(new String[] {client, r.path("id").asText()}));
            if (got.size() == 0 && round > 2) {
                break;
            }
        }
        claims.seconds = (System.nanoTime() - t0) / 1e9;
        claims.offered = claims.ok();
        int n = Math.min(wanted, claimed.size());
        Map<String, Long> intendedMicros = new ConcurrentHashMap<>();
        long wall0 = System.currentTimeMillis() * 1000;
        long nano0 = System.nanoTime();
        long ticks0 = Resources.platformTicks(env.home());
        Lat answers = OpenLoad.run("answer accepted", rate, n / rate, (i, intended) -> {
            String[] r = claimed.poll();
            intendedMicros.put(r[1], wall0 + (intended - nano0) / 1000);
            return api.post(env.gateway() + "/api/inbox/" + r[1] + "/answer", api.agency(r[0]),
                    Map.of("type", "BANK_INQUIRY", "accounts", List.of()));
        });
        Lat timeline = new Lat("answer → case timeline", rate);
        timeline.seconds = answers.seconds;
        timeline.offered = intendedMicros.size();
        long deadline = System.nanoTime() + env.size("drain-seconds", 45, 90) * 1_000_000_000L;
        String since = "to_timestamp(" + wall0 / 1e6 + ")";
        String countSql = "SELECT count(*) FROM timeline_entry WHERE at >= " + since + " AND detail LIKE '%referralId%'";
        while (System.nanoTime() < deadline && Db.count(cases, countSql) < intendedMicros.size()) {
            Intake.sleep(500);
        }
        try (var st = cases.createStatement(); ResultSet rs = st.executeQuery("SELECT detail::json->>'referralId', "
                + "(extract(epoch FROM at) * 1000000)::bigint FROM timeline_entry WHERE at >= " + since)) {
            while (rs.next()) {
                Long intended = rs.getString(1) == null ? null : intendedMicros.remove(rs.getString(1));
                if (intended != null) {
                    timeline.record(rs.getLong(2) - intended);
                }
            }
        }
        timeline.errors = intendedMicros.size();
        double cpuMs = (Resources.platformTicks(env.home()) - ticks0) * 10.0 / Math.max(1, timeline.offered);
        return new DrainStep(List.of(claims, answers, timeline), cpuMs);
    }

    /** Registers banks until 4,000 are active; returns the number of active banks. */
    long registerBanks(int total) throws SQLException {
        try (var st = liaison.createStatement()) {
            st.executeUpdate("INSERT INTO agency (id, kind, name, bank_code, channel, status) SELECT 'BANK-BENCH-' || g, "
                    + "'BANK', 'Bench bank ' || g, 'BB' || g, 'PULL', 'ACTIVE' FROM generate_series(1, "
                    + (total - 2) + ") g ON CONFLICT DO NOTHING");
        }
        return Db.count(liaison, "SELECT count(*) FROM agency WHERE kind = 'BANK' AND status = 'ACTIVE'");
    }

    /** The nationwide inquiry at a fixed rate: time until all referrals are committed (the 202), then the view. */
    List<Lat> fanOut(long banks, double rate, int count) {
        String judge = api.user("judge-zy");
        List<String> caseIds = new ArrayList<>();
        Lat fan = OpenLoad.run("inquiry → " + banks + " referrals queryable", rate, count / rate, (i, intended) -> {
            String caseId = UUID.randomUUID().toString();
            caseIds.add(caseId);
            return api.post(env.gateway() + "/api/bank-inquiries", judge, Map.of("caseId", caseId,
                    "caseNumber", "BF-" + caseId.substring(0, 8), "respondents", List.of(Map.of("name", "苏州某贸易有限公司",
                            "idNumber", Ids.creditCode(i + 7), "type", "COMPANY"))))
                    .thenAccept(r -> {
                        if (api.call(java.util.concurrent.CompletableFuture.completedFuture(r)).path("referrals").asLong() != banks) {
                            throw new IllegalStateException("fan-out incomplete: " + r.body());
                        }
                    });
        });
        Lat view = new Lat("consolidated view of " + banks + " banks (GET)", 0);
        long t0 = System.nanoTime();
        for (String caseId : caseIds.subList(0, Math.min(5, caseIds.size()))) {
            long s = System.nanoTime();
            JsonNode v = api.call(api.get(env.gateway() + "/api/bank-inquiries/" + caseId, judge));
            if (v.path("banksAsked").asLong() == banks) {
                view.record((System.nanoTime() - s) / 1000);
            } else {
                view.error();
            }
            view.offered++;
        }
        view.seconds = (System.nanoTime() - t0) / 1e9;
        return List.of(fan, view);
    }
}
