package cn.lianxi.systemtests.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.lianxi.evidence.AuditHash;
import cn.lianxi.systemtests.campaign.FinalState.DeadLetter;
import cn.lianxi.systemtests.campaign.FinalState.Entry;
import cn.lianxi.systemtests.campaign.FinalState.Listing;
import cn.lianxi.systemtests.campaign.FinalState.Receipt;
import cn.lianxi.systemtests.campaign.FinalState.Referral;
import cn.lianxi.systemtests.campaign.FinalState.SanctionExchanged;

/**
 * A small campaign that went right, as {@link CheckerIT} plants its anomalies into: two cases, one filed over HTTP
 * (a bank inquiry, a deduction answered in full, a payment, a dishonest listing, a deliberately bad Kafka record
 * that was dead-lettered, an event that timed out and never arrived), one over Kafka (an event sent before the
 * filing and held, a restriction imposed and lifted, a payment that timed out but did go through). Its parts are
 * mutable so a test can break exactly one.
 */
final class Scenario {

    static final String CASE_A = "7f0c0000-0000-0000-0000-00000000000a";
    static final String CASE_B = "7f0c0000-0000-0000-0000-00000000000b";
    static final String KEY_A = "C320500|(2026)苏0505执1号";
    static final String KEY_B = "C320508|(2026)苏0508执2号";
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    final List<Operation> ops = new ArrayList<>();
    final Map<String, List<Entry>> timelines = new LinkedHashMap<>();
    final Map<String, List<Receipt>> receipts = new LinkedHashMap<>();
    final Map<String, BigDecimal> recovered = new LinkedHashMap<>();
    final List<Referral> referrals = new ArrayList<>();
    final List<Listing> listings = new ArrayList<>();
    final List<SanctionExchanged> exchanged = new ArrayList<>();
    final Map<String, List<AuditChains.Row>> audit = new LinkedHashMap<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    private long seq;

    Scenario() {
        // case A, court C320500 over HTTP; each operation is sent after the one before was acknowledged
        court("COURT_EVENT_HTTP", "C320500", KEY_A, "E-A1", null, 0);
        court("COURT_EVENT_HTTP", "C320500", KEY_A, "E-A2", null, 2);
        agency("BANK_CLAIM", "BANK-ICBC", "R-1", null, 4);
        agency("BANK_ANSWER", "BANK-ICBC", "R-1", new BigDecimal("1000.50"), 5);
        agency("BANK_ANSWER", "BANK-BOC", "R-2", null, 6);
        court("PAYMENT", "C320500", KEY_A, "E-A3", new BigDecimal("200.00"), 7);
        court("LISTING", "C320500", KEY_A, "E-A4", null, 9);
        ops.add(Operation.planned("COURT_EVENT_KAFKA", "C320508", KEY_A).event("E-A5").badInput()
                .intended(id(), at(10)).completed(Operation.Result.ACKNOWLEDGED, at(11), "broker ack"));
        ops.add(Operation.planned("COURT_EVENT_HTTP", "C320500", KEY_A).event("E-A6").intended(id(), at(12)));
        timelines.put(CASE_A, new ArrayList<>(List.of(entry("CASE_FILED", "E-A1"),
                entry("ASSET_INQUIRY_REQUESTED", "E-A1"), entry("DEDUCTION_ORDERED", "E-A2"),
                entry("OUTCOME_RECORDED", "ANS-2"), entry("OUTCOME_RECORDED", "ANS-1"),
                entry("PAYMENT_RECEIVED", "E-A3"), entry("DISHONEST_LISTING_DECIDED", "E-A4"))));
        receipts.put(CASE_A, new ArrayList<>(List.of(
                new Receipt("ICBC-TX-1", new BigDecimal("1000.50"), "AGENCY_DEDUCTION", "ANS-1", true),
                new Receipt("event:E-A3", new BigDecimal("200.00"), "COURT_PAYMENT", "E-A3", true))));
        recovered.put(CASE_A, new BigDecimal("1200.50"));
        referrals.add(new Referral("R-1", CASE_A, "BANK-ICBC", "DEDUCTION", "ANSWERED", "S-2", "ANS-1", null));
        referrals.add(new Referral("R-2", CASE_A, "BANK-BOC", "ASSET_INQUIRY", "ANSWERED", "S-1", "ANS-2", null));
        listings.add(new Listing("L-1", "DISHONEST_LISTING", CASE_A, "320505199001011234", "(2026)苏0505执1号之一",
                "ACTIVE"));
        exchanged.add(new SanctionExchanged("X-1", "L-1", "DISHONEST_LISTING", "IMPOSED", CASE_A));
        deadLetters.add(new DeadLetter("court.case-events.dlq.v1", KEY_A, "E-A5", "bad-event: no caseNumber"));

        // case B, court C320508 on its own topic: the judge's assignment was sent before the filing (held until the
        // case was filed, then applied); its payment timed out, yet it went through
        court("COURT_EVENT_KAFKA", "C320508", KEY_B, "E-B0", null, 18);
        court("COURT_EVENT_KAFKA", "C320508", KEY_B, "E-B1", null, 20);
        court("LISTING", "C320508", KEY_B, "E-B2", null, 22);
        court("LISTING", "C320508", KEY_B, "E-B3", null, 24);
        ops.add(Operation.planned("PAYMENT", "C320508", KEY_B).event("E-B4").amount(new BigDecimal("60"))
                .intended(id(), at(26)).completed(Operation.Result.UNKNOWN, at(56), "timed out"));
        timelines.put(CASE_B, new ArrayList<>(List.of(entry("CASE_FILED", "E-B1"), entry("JUDGE_ASSIGNED", "E-B0"),
                entry("CONSUMPTION_RESTRICTION_DECIDED", "E-B2"), entry("SANCTIONS_LIFTING_DECIDED", "E-B3"),
                entry("PAYMENT_RECEIVED", "E-B4"))));
        receipts.put(CASE_B, new ArrayList<>(List.of(
                new Receipt("event:E-B4", new BigDecimal("60.00"), "COURT_PAYMENT", "E-B4", true))));
        recovered.put(CASE_B, new BigDecimal("60.00"));
        listings.add(new Listing("L-2", "CONSUMPTION_RESTRICTION", CASE_B, "320508198502023456",
                "(2026)苏0508执2号之一", "LIFTED"));
        exchanged.add(new SanctionExchanged("X-2", "L-2", "CONSUMPTION_RESTRICTION", "IMPOSED", CASE_B));
        exchanged.add(new SanctionExchanged("X-3", "L-2", "CONSUMPTION_RESTRICTION", "LIFTED", CASE_B));

        for (String service : List.of("case-service", "agency-liaison-service", "credit-sanction-service")) {
            audit.put(service, chain(service, 3));
        }
    }

    History history() {
        return new History(ops, List.of());
    }

    FinalState state() {
        List<FinalState.CaseState> cases = new ArrayList<>();
        cases.add(caseState(CASE_A, "C320500", "(2026)苏0505执1号"));
        cases.add(caseState(CASE_B, "C320508", "(2026)苏0508执2号"));
        Map<String, FinalState.ChainVerdict> chains = new LinkedHashMap<>();
        audit.forEach((service, rows) -> chains.put(service, AuditChains.verify(rows)));
        return new FinalState(cases, referrals, listings, exchanged, chains, deadLetters, List.of());
    }

    /** The operation with this event id (the first, if it was retried). */
    Operation byEvent(String eventId) {
        return ops.stream().filter(o -> eventId.equals(o.eventId())).findFirst().orElseThrow();
    }

    Operation byReferral(String kind, String referralId) {
        return ops.stream().filter(o -> kind.equals(o.kind()) && referralId.equals(o.referralId())).findFirst()
                .orElseThrow();
    }

    Entry entry(String kind, String eventId) {
        return new Entry(++seq, kind, eventId);
    }

    /** A chain of {@code n} entries hashed as the services hash them. */
    static List<AuditChains.Row> chain(String service, int n) {
        List<AuditChains.Row> rows = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (long s = 1; s <= n; s++) {
            Instant at = T0.plusMillis(s);
            String detail = "{\"n\":" + s + "}";
            String hash = AuditHash.of(prev, s, at, "svc:" + service, "case.updated", "case:" + s, detail);
            rows.add(new AuditChains.Row(s, at, "svc:" + service, "case.updated", "case:" + s, detail, prev, hash));
            prev = hash;
        }
        return rows;
    }

    private FinalState.CaseState caseState(String id, String court, String number) {
        return new FinalState.CaseState(id, court, number, recovered.get(id), receipts.get(id), timelines.get(id));
    }

    private void court(String kind, String client, String key, String eventId, BigDecimal amount, int second) {
        Operation planned = Operation.planned(kind, client, key).event(eventId).amount(amount);
        ops.add(planned.intended(id(), at(second)).completed(Operation.Result.ACKNOWLEDGED, at(second + 1), null));
    }

    private void agency(String kind, String agency, String referralId, BigDecimal amount, int second) {
        Operation planned = Operation.planned(kind, agency, referralId).referral(referralId).amount(amount);
        ops.add(planned.intended(id(), at(second)).completed(Operation.Result.ACKNOWLEDGED, at(second), null));
    }

    private String id() {
        return "op-%06d".formatted(ops.size() + 1);
    }

    private static Instant at(int second) {
        return T0.plusSeconds(second);
    }
}
