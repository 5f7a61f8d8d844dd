package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults under a steady stream of court events and bank answers: kill -9 of a service, Kafka down for 15 s, a
 * PostgreSQL restart, the gateway killed while clients retry. After each fault the stream pauses, the platform
 * settles, and the databases must match the test's own tally exactly: every accepted event has one effect, none is
 * lost, none is applied twice. Each fault must turn the affected services' readiness red, and all green after.
 * {@code -Dlianxi.it.faults=service,kafka,postgres,gateway} selects the faults (PostgreSQL is shared by everyone on
 * the machine: leave it out while iterating).
 */
@ExtendWith(PlatformExtension.class)
class FaultInjectionIT {

    private static final Set<String> DOMAIN = Set.of("case", "liaison", "credit");
    /** The banks whose systems the stream runs (Workload answers as bank-icbc and bank-boc). */
    private static final String STREAM_BANKS = "('BANK-ICBC', 'BANK-BOC')";
    private static final Path ROOT = Path.of(System.getProperty("lianxi.root", "../..")).toAbsolutePath().normalize();

    @Test
    void everyAcceptedEventHasExactlyOneEffectThroughEveryFault(Platform platform) {
        List<String> faults = Arrays.asList(System.getProperty("lianxi.it.faults", "service,kafka,postgres,gateway").split(","));
        String tag = "FI" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        long began = System.nanoTime();
        try (Readiness readiness = new Readiness(platform); Workload load = new Workload(platform, new Keycloak(platform), tag)) {
            await().atMost(Duration.ofSeconds(60)).until(readiness::allGreen);
            load.start();
            for (String fault : faults) {
                phase(platform, readiness, load, fault.trim());
            }
            theMoneyViewsEqualTheLedger(Desk.as(new Keycloak(platform), "jm-office"), load.tag);
        }
        System.out.printf("[fault-injection] %d faults in %.0f s%n", faults.size(), (System.nanoTime() - began) / 1e9);
    }

    private void phase(Platform platform, Readiness readiness, Workload load, String fault) {
        readiness.reset();
        load.resumeCourts();
        Workload.sleep(5_000);
        long t0 = System.nanoTime();
        Set<String> expectRed = inject(platform, fault);
        double faultSeconds = (System.nanoTime() - t0) / 1e9;
        Workload.sleep(4_000);
        load.pauseCourts();
        long settleStart = System.nanoTime();
        Map<String, Object> actual = awaitSettled(load);
        double settle = (System.nanoTime() - settleStart) / 1e9;
        await().atMost(Duration.ofSeconds(90)).until(readiness::allGreen);
        Set<String> red = readiness.wentRed();
        System.out.printf("[fault-injection] fault=%s (%.1f s), readiness went red: %s, settled in %.1f s%n",
                fault, faultSeconds, red, settle);
        System.out.printf("[fault-injection] tally after %s: expected %s%n", fault, expected(load));
        System.out.printf("[fault-injection] tally after %s: actual   %s%n", fault, actual);
        System.out.printf("[fault-injection] traffic so far: court events accepted %d (HTTP %d, Kafka %d), bank answers %d,"
                + " court retries %d, answer retries %d%n", load.tally.courtEvents.get(),
                load.tally.courtEvents.get() - load.tally.kafkaEvents.get(), load.tally.kafkaEvents.get(),
                load.tally.answered.size(), load.tally.courtRetries.get(), load.tally.answerRetries.get());
        assertTrue(load.problems.isEmpty(), "unexpected refusals: " + load.problems);
        assertEquals(expected(load), actual, "after " + fault + ": the databases differ from the tally");
        assertEquals(0, duplicates(load.tag), "after " + fault + ": something was applied twice");
        assertTrue(red.containsAll(expectRed), "after " + fault + ": readiness should have gone red for " + expectRed
                + " but only did for " + red);
    }

    private Set<String> inject(Platform platform, String fault) {
        switch (fault) {
            case "service" -> {
                String victim = System.getProperty("lianxi.it.kill", "liaison");
                Platform.run(ROOT, platform.home(), 60, "kill", victim);
                Workload.sleep(2_000);
                Platform.run(ROOT, platform.home(), 240, "start", victim);
                return Set.of(victim);
            }
            case "kafka" -> {
                Platform.run(ROOT, platform.home(), 60, "stop", "kafka");
                Workload.sleep(15_000);
                Platform.run(ROOT, platform.home(), 120, "start", "kafka");
                return DOMAIN;
            }
            case "postgres" -> {
                String[] cluster = Db.run(new ProcessBuilder("pg_lsclusters", "--no-header")).trim().split("\\s+");
                Db.run(new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", cluster[0], cluster[1], "restart"));
                return DOMAIN;
            }
            case "gateway" -> {
                Platform.run(ROOT, platform.home(), 60, "kill", "gateway");
                Workload.sleep(3_000);
                Platform.run(ROOT, platform.home(), 240, "start", "gateway");
                return Set.of("gateway");
            }
            default -> throw new IllegalArgumentException("unknown fault " + fault);
        }
    }

    /**
     * After every fault, what people read about money equals the cases' ledgers: the dashboard's recovered total
     * (over every case of the run) and case-service's recovered this year are the sum of the counted receipts, and
     * each stream case's consolidated bank view counts each bank's account once, however often its answer was
     * retried through the faults ({@link Workload#CASE_BALANCE}). A sample of the stream's cases keeps it short.
     */
    @SuppressWarnings("unchecked")
    private static void theMoneyViewsEqualTheLedger(Desk office, String tag) {
        BigDecimal ledger = new BigDecimal(Db.query("case",
                "SELECT coalesce(sum(amount), 0)::numeric(18,2) FROM recovery WHERE counted").trim());
        // one overview read for both figures: they are then one moment's view, compared with the same ledger
        Map<String, Object> overview = await().atMost(Duration.ofSeconds(20)).until(office::overview, o -> {
            Object recovered = ((Map<String, Object>) o.get("summary")).get("amountRecovered");
            return recovered != null && Desk.money(recovered).compareTo(ledger) == 0;
        });
        Desk.assertExactly(ledger.toPlainString(), ((Map<String, Object>) overview.get("summary")).get("amountRecovered"),
                "the dashboard's recovered total");
        Map<String, Object> caseStats = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                overview.get("services")).get("case")).get("stats");
        Desk.assertExactly(ledger.toPlainString(), ((Map<String, Object>) caseStats.get("recovered")).get("thisYear"),
                "recovered this year on the dashboard");

        String sample = Db.query("case", "SELECT id FROM enforcement_case WHERE case_number LIKE '" + tag
                + "-%' ORDER BY random() LIMIT 40");
        for (String caseId : sample.trim().split("\\s+")) {
            Map<String, Object> view = office.read("/api/bank-inquiries/" + caseId);
            assertEquals(2, ((Number) view.get("accountsFound")).intValue(), "one account at each stream bank: " + view);
            Desk.assertExactly(Workload.CASE_BALANCE.toPlainString(), view.get("totalBalance"),
                    "the consolidated view of case " + caseId + " counts each account once");
        }
    }

    /** The effects the tally says the platform owes, in the same shape as {@link #actual}. */
    private static Map<String, Object> expected(Workload load) {
        Workload.Tally t = load.tally;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cases", (long) t.cases.get());
        m.put("creditCaseRecords", (long) t.cases.get());
        m.put("bankInquiries", 2L * t.cases.get());
        m.put("deductionReferrals", (long) t.deductions.get());
        m.put("unanswered", 0L);
        m.put("recoveries", (long) (t.deductions.get() + t.payments.get()));
        m.put("recovered", BigDecimal.valueOf(t.recoveredCents.get(), 2));
        m.put("ledger", BigDecimal.valueOf(t.recoveredCents.get(), 2));
        m.put("outcomesOnTimeline", 3L * t.cases.get());
        m.put("listings", (long) t.listings.get());
        return m;
    }

    private static Map<String, Object> actual(String tag) {
        String like = "'" + tag + "-%'";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cases", Db.count("case", "SELECT count(*) FROM enforcement_case WHERE case_number LIKE " + like));
        m.put("creditCaseRecords", Db.count("credit", "SELECT count(*) FROM case_record WHERE case_number LIKE " + like));
        // the stream's two banks; banks other tests registered get the inquiries too, never answer, and escalate
        m.put("bankInquiries", Db.count("liaison", "SELECT count(*) FROM referral WHERE kind = 'BANK_INQUIRY'"
                + " AND agency_id IN " + STREAM_BANKS + " AND case_number LIKE " + like));
        m.put("deductionReferrals", Db.count("liaison", "SELECT count(*) FROM referral WHERE kind = 'DEDUCTION' AND case_number LIKE " + like));
        m.put("unanswered", Db.count("liaison", "SELECT count(*) FROM referral WHERE status <> 'ANSWERED'"
                + " AND agency_id IN " + STREAM_BANKS + " AND case_number LIKE " + like));
        m.put("recoveries", Db.count("case", "SELECT count(*) FROM recovery r JOIN enforcement_case c ON c.id = r.case_id"
                + " WHERE c.case_number LIKE " + like));
        m.put("recovered", new BigDecimal(Db.query("case", "SELECT coalesce(sum(amount_recovered), 0)::numeric(18,2)"
                + " FROM enforcement_case WHERE case_number LIKE " + like).trim()));
        // the cases' ledgers: the receipts counted (one per transfer reference), which the recovered amounts must equal
        m.put("ledger", new BigDecimal(Db.query("case", "SELECT coalesce(sum(r.amount), 0)::numeric(18,2) FROM recovery r"
                + " JOIN enforcement_case c ON c.id = r.case_id WHERE r.counted AND c.case_number LIKE " + like).trim()));
        // answers, plus the escalations of referrals that went overdue while a fault held them up (a real outcome)
        m.put("outcomesOnTimeline", Db.count("case", "SELECT count(*) FROM timeline_entry t JOIN enforcement_case c"
                + " ON c.id = t.case_id WHERE t.kind = 'OUTCOME_RECORDED' AND c.case_number LIKE " + like)
                - Db.count("liaison", "SELECT count(*) FROM referral WHERE escalated_at IS NOT NULL AND case_number LIKE " + like));
        m.put("listings", Db.count("credit", "SELECT count(*) FROM dishonest_listing WHERE case_number LIKE " + like));
        return m;
    }

    /** Effects that exist more than once for the same cause. */
    private static long duplicates(String tag) {
        String like = "'" + tag + "-%'";
        return Db.count("liaison", "SELECT count(*) FROM (SELECT 1 FROM referral WHERE case_number LIKE " + like
                + " GROUP BY source_event_id, agency_id, kind HAVING count(*) > 1) d")
                + Db.count("case", "SELECT count(*) FROM (SELECT 1 FROM recovery GROUP BY event_id HAVING count(*) > 1) d")
                + Db.count("case", "SELECT count(*) FROM (SELECT 1 FROM timeline_entry t JOIN enforcement_case c ON c.id = t.case_id"
                        + " WHERE t.kind = 'OUTCOME_RECORDED' AND c.case_number LIKE " + like
                        + " GROUP BY t.event_id HAVING count(*) > 1) d")
                + Db.count("credit", "SELECT count(*) FROM (SELECT 1 FROM dishonest_listing WHERE case_number LIKE " + like
                        + " GROUP BY case_id, subject_id HAVING count(*) > 1) d");
    }

    /** Waits until the platform has caught up with the tally (the banks keep answering meanwhile). */
    private static Map<String, Object> awaitSettled(Workload load) {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        Map<String, Object> actual = actual(load.tag);
        while (System.nanoTime() < deadline && !actual.equals(expected(load))) {
            Workload.sleep(1_000);
            actual = actual(load.tag);
        }
        return actual;
    }
}
