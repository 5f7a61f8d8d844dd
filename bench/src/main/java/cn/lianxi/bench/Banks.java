package cn.lianxi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.contracts.EnforcementDocumentKind;
import cn.lianxi.contracts.LegalBasis;

/**
 * The banks' side: a sustained mix in which the banks' systems drain their queues (claim under a lease, then answer
 * at a fixed rate) with the answer-to-case-timeline latency, and the nationwide inquiry (总对总) fanned out to 4,000
 * banks ({@link Env#banks()}). The banks beside ICBC and BOC are registered by SQL in liaison's own database (the
 * admin API registers one at a time; the benchmark is about the fan-out, not the registration).
 */
final class Banks {

    static final List<String> BANK_CLIENTS = List.of("bank-icbc", "bank-boc");
    /** The notice of assistance (协助执行通知书) every nationwide inquiry rests on. */
    private static final LegalBasis NOTICE = new LegalBasis(EnforcementDocumentKind.ASSISTANCE_NOTICE,
            "（2026）苏05执88号之一", "查询被执行人存款");
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

    /**
     * One step of the drain mix at {@code rate} answers/s: the bank inquiries of the intake's cases (their answers
     * reach those cases' timelines), whatever else the banks' queues hold.
     */
    DrainStep drain(double rate, double seconds) throws SQLException {
        int wanted = (int) Math.round(rate * seconds);
        ConcurrentLinkedQueue<String[]> claimed = new ConcurrentLinkedQueue<>();
        Lat claims = new Lat("claim (100 per call)", 0);
        long t0 = System.nanoTime();
        int others = 0;
        // past at most 5,000 referrals of other callers (a shared platform's, often due earlier), left to their lease
        for (int round = 0; claimed.size() < wanted && round < wanted / 50 + 4 + Math.min(others / 100, 50); round++) {
            String client = BANK_CLIENTS.get(round % 2);
            long s = System.nanoTime();
            JsonNode got = api.call(api.post(env.gateway() + "/api/inbox/claims?max=100", api.agency(client), Map.of()));
            claims.record((System.nanoTime() - s) / 1000);
            for (JsonNode r : got) {
                if ("BANK_INQUIRY".equals(r.path("kind").asText()) && Intake.filedCase(r.path("caseNumber").asText())) {
                    claimed.add(new String[] {client, r.path("id").asText()});
                } else {
                    others++;
                }
            }
            if (got.size() == 0 && round > 2) {
                break;
            }
        }
        claims.seconds = (System.nanoTime() - t0) / 1e9;
        claims.offered = claims.ok();
        int n = Math.min(wanted, claimed.size());
        if (n == 0) {
            throw new IllegalStateException("ICBC and BOC have no bank inquiry of the intake's cases to claim ("
                    + others + " other referrals claimed); the drain answers only those");
        }
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
        long deadline = System.nanoTime() + env.drainSeconds() * 1_000_000_000L;
        // this step's answers only: not a warm-up's late ones, nor the sweep's escalations (a shared platform's short
        // deadlines escalate referrals while they are answered)
        String answered = "SELECT detail::json->>'referralId', (extract(epoch FROM at) * 1000000)::bigint FROM "
                + "timeline_entry WHERE at >= to_timestamp(" + wall0 / 1e6 + ") AND detail::json->>'outcome' = 'ANSWERED'";
        while (true) {
            try (var st = cases.createStatement(); ResultSet rs = st.executeQuery(answered)) {
                while (rs.next()) {
                    Long intended = rs.getString(1) == null ? null : intendedMicros.remove(rs.getString(1));
                    if (intended != null) {
                        timeline.record(rs.getLong(2) - intended);
                    }
                }
            }
            if (intendedMicros.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Intake.sleep(500);
        }
        timeline.errors = intendedMicros.size();
        double cpuMs = (Resources.platformTicks(env.home()) - ticks0) * 10.0 / Math.max(1, timeline.offered);
        return new DrainStep(List.of(claims, answers, timeline), cpuMs);
    }

    /** The banks the bench registers itself so that {@code total} are active: all but ICBC and BOC. */
    static int benchBanks(int total) {
        return total - BANK_CLIENTS.size();
    }

    /** Registers the bench's banks (BANK-BENCH-1 …); returns the number of active banks. */
    long registerBanks(int total) throws SQLException {
        try (var st = liaison.createStatement()) {
            st.executeUpdate("INSERT INTO agency (id, kind, name, bank_code, channel, status) SELECT 'BANK-BENCH-' || g, "
                    + "'BANK', 'Bench bank ' || g, 'BB' || g, 'PULL', 'ACTIVE' FROM generate_series(1, "
                    + benchBanks(total) + ") g ON CONFLICT DO NOTHING");
        }
        return Db.count(liaison, "SELECT count(*) FROM agency WHERE kind = 'BANK' AND status = 'ACTIVE'");
    }

    /** A case the nationwide inquiry asks about, as the court filed it. */
    record FiledCase(String id, String number, String respondent) {
    }

    /**
     * Files {@code count} cases as the court's clerk (one batch through the gateway) for the nationwide inquiries to
     * ask about: the banks' answers and the deadline sweep's escalations of their referrals then reach a real case.
     * Run before the bench's banks are registered, so each filing asks only the platform's banks.
     */
    List<FiledCase> fileCases(int count) {
        String tag = "BF" + (System.currentTimeMillis() % 100_000_000) + "-";
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(Ids.caseFiled(tag + i, tag + i, Ids.creditCode(i + 7), false));
        }
        JsonNode filed = api.call(api.post(env.gateway() + "/api/court-events", api.user("clerk-zy"),
                Map.of("events", events)));
        if (filed.path("accepted").asInt() != count) {
            throw new IllegalStateException("not all filed: " + filed);
        }
        List<FiledCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(new FiledCase(filed.path("results").get(i).path("caseId").asText(), tag + i, Ids.creditCode(i + 7)));
        }
        return cases;
    }

    /** The nationwide inquiry at a fixed rate: time until all referrals are committed (the 202), then the view. */
    List<Lat> fanOut(List<FiledCase> filed, long banks, double rate) {
        String judge = api.user("judge-zy");
        Lat fan = OpenLoad.run("inquiry → " + banks + " referrals queryable", rate, filed.size() / rate, (i, intended) -> {
            FiledCase c = filed.get((int) i);
            return api.post(env.gateway() + "/api/bank-inquiries", judge, Map.of("caseId", c.id(),
                    "caseNumber", c.number(), "respondents", List.of(Map.of("name", "苏州某贸易有限公司",
                            "idNumber", c.respondent(), "type", "COMPANY")), "legalBasis", NOTICE))
                    .thenAccept(r -> {
                        if (api.call(java.util.concurrent.CompletableFuture.completedFuture(r)).path("referrals").asLong() != banks) {
                            throw new IllegalStateException("fan-out incomplete: " + r.body());
                        }
                    });
        });
        Lat view = new Lat("consolidated view of " + banks + " banks (GET)", 0);
        long t0 = System.nanoTime();
        for (FiledCase c : filed.subList(0, Math.min(5, filed.size()))) {
            long s = System.nanoTime();
            JsonNode v = api.call(api.get(env.gateway() + "/api/bank-inquiries/" + c.id(), judge));
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
