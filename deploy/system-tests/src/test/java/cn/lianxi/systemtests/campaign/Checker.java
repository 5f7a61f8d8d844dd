package cn.lianxi.systemtests.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.lianxi.systemtests.campaign.Anomaly.Kind;
import cn.lianxi.systemtests.campaign.FinalState.CaseState;
import cn.lianxi.systemtests.campaign.FinalState.Entry;
import cn.lianxi.systemtests.campaign.FinalState.Listing;
import cn.lianxi.systemtests.campaign.FinalState.Receipt;
import cn.lianxi.systemtests.campaign.FinalState.Referral;
import cn.lianxi.systemtests.campaign.FinalState.SanctionExchanged;

/**
 * The campaign's checker (历史校验): reads the whole history of client operations against the services' final state
 * and reports every anomaly, each naming the operations involved. It judges only what the clients were told and
 * what the services hold, never a service's own account (it recomputes the audit chains itself).
 *
 * <p>An operation "took effect" when the state shows it: a court event's id on its case's timeline, an answer's
 * outcome on its referral. An UNKNOWN operation (timed out, or cut by a crash) may go either way, so it counts
 * exactly when it took effect.
 */
public final class Checker {

    /** What a court sends: each such event id must reach its case's timeline. */
    static final Set<String> COURT_KINDS = Set.of("COURT_EVENT_HTTP", "COURT_EVENT_KAFKA", "PAYMENT", "LISTING");
    /** What an agency sends as its answer to a referral: its outcome must reach the case. */
    static final Set<String> ANSWER_KINDS = Set.of("BANK_ANSWER", "POLICE_ANSWER");
    static final String CASE_FILED = "CASE_FILED";

    private final FinalState state;
    private final Joins joins;

    private Checker(History history, FinalState state) {
        this.state = state;
        this.joins = new Joins(history, state);
    }

    /** Every anomaly of {@code history} against {@code state}; empty when the platform kept its promises. */
    public static List<Anomaly> check(History history, FinalState state) {
        return new Checker(history, state).run();
    }

    private List<Anomaly> run() {
        List<Anomaly> out = new ArrayList<>();
        lostCourtEvents(out);
        lostAnswers(out);
        timelineEntriesTwice(out);
        referralsTwice(out);
        receiptsTwice(out);
        listingsTwice(out);
        firstEntryNotFiled(out);
        timelineOutOfOrder(out);
        moneyNotConserved(out);
        sanctionsUnlikeListings(out);
        brokenAuditChains(out);
        unexpectedDeadLetters(out);
        return out;
    }

    /**
     * An acknowledged court event was promised to the court: its case must show it, or the platform lost it. Bad
     * input is meant to be refused (a broker's acknowledgement of it promises nothing).
     */
    private void lostCourtEvents(List<Anomaly> out) {
        for (Operation op : joins.sent(o -> COURT_KINDS.contains(o.kind()) && o.acknowledged() && o.eventId() != null
                && !o.badInputSent())) {
            String at = joins.caseOfEvent(op.eventId());
            if (at == null || (op.caseId() != null && !op.caseId().equals(at))) {
                out.add(new Anomaly(Kind.LOST_ACKNOWLEDGED_WRITE, "court event " + op.eventId()
                        + " was acknowledged but is on no timeline" + (op.caseId() == null ? "" : " of case "
                        + op.caseId()), List.of(op.describe())));
            }
        }
    }

    /** An acknowledged answer must be the referral's answer, and its outcome must be on the case's timeline. */
    private void lostAnswers(List<Anomaly> out) {
        for (Operation op : joins.sent(o -> ANSWER_KINDS.contains(o.kind()) && o.acknowledged()
                && o.referralId() != null)) {
            Referral r = joins.referral(op.referralId());
            String lost = r == null ? "referral " + op.referralId() + " does not exist"
                    : r.answerId() == null ? "referral " + r.id() + " has no answer"
                    : !r.caseId().equals(joins.caseOfEvent(r.answerId())) ? "outcome " + r.answerId()
                            + " of referral " + r.id() + " is not on the timeline of case " + r.caseId()
                    : null;
            if (lost != null) {
                out.add(new Anomaly(Kind.LOST_ACKNOWLEDGED_WRITE, "answer acknowledged but " + lost,
                        List.of(op.describe())));
            }
        }
    }

    /**
     * One event applied twice: its entries repeat. An application writes one entry per kind for its event (the step
     * and its notes differ in kind), so the same (event id, kind) twice on a case is a second application, whether
     * of a court event redelivered or of an agency's outcome counted twice.
     */
    private void timelineEntriesTwice(List<Anomaly> out) {
        for (CaseState c : state.cases()) {
            twice(c.timeline().stream().filter(e -> e.eventId() != null).toList(), e -> e.eventId() + " " + e.kind())
                    .forEach((k, entries) -> out.add(new Anomaly(Kind.DUPLICATED_EFFECT, "case " + c.id()
                            + " has " + entries.size() + " entries " + k, joins.involved(entries.get(0).eventId()))));
        }
    }

    /** A case event asks each agency once per kind: a second referral for it is a redelivery that was applied. */
    private void referralsTwice(List<Anomaly> out) {
        twice(state.referrals().stream().filter(r -> r.sourceEventId() != null).toList(),
                r -> r.sourceEventId() + " " + r.agencyId() + " " + r.kind())
                .forEach((k, rs) -> out.add(new Anomaly(Kind.DUPLICATED_EFFECT, rs.size() + " referrals for (source "
                        + "event, agency, kind) " + k + ": " + rs.stream().map(Referral::id).toList(),
                        Joins.names(rs.stream().flatMap(r -> joins.ofReferral(r.id()).stream())))));
    }

    /** A transfer reaches the ledger once: two counted receipts of one transfer reference count its money twice. */
    private void receiptsTwice(List<Anomaly> out) {
        for (CaseState c : state.cases()) {
            twice(c.receipts().stream().filter(Receipt::counted).toList(), Receipt::transferReference)
                    .forEach((ref, rs) -> out.add(new Anomaly(Kind.DUPLICATED_EFFECT, "case " + c.id()
                            + " counts transfer " + ref + " " + rs.size() + " times",
                            Joins.names(rs.stream().flatMap(r -> joins.involvedOps(r.eventId()))))));
        }
    }

    /** One decision (its document number) lists a subject once on a case; a second listing is a redelivery. */
    private void listingsTwice(List<Anomaly> out) {
        twice(state.listings(), l -> l.sanction() + " " + l.caseId() + " " + l.subjectId() + " " + l.documentNumber())
                .forEach((k, ls) -> out.add(new Anomaly(Kind.DUPLICATED_EFFECT, ls.size() + " listings for one "
                        + "decision " + k, joins.courtOpsOf(ls.get(0).caseId()))));
    }

    /** A case exists from its filing on: anything before CASE_FILED was applied to a case not yet filed. */
    private void firstEntryNotFiled(List<Anomaly> out) {
        for (CaseState c : state.cases()) {
            if (!c.timeline().isEmpty() && !CASE_FILED.equals(c.timeline().get(0).kind())) {
                Entry first = c.timeline().get(0);
                out.add(new Anomaly(Kind.ORDER_VIOLATION, "case " + c.id() + " begins with " + first.kind()
                        + " (event " + first.eventId() + "), not " + CASE_FILED, joins.involved(first.eventId())));
            }
        }
    }

    /**
     * A court that sent event B only after event A was acknowledged ordered A before B: B standing first on the
     * timeline breaks the per-case order. Events sent while another was in flight have no order to keep; a retried
     * event counts from its first sending and its first acknowledgement. The filing is exempt: events sent before it
     * are held until the case is filed, by design.
     */
    private void timelineOutOfOrder(List<Anomaly> out) {
        for (CaseState c : state.cases()) {
            List<String> events = courtEventsInOrder(c);
            for (int i = 0; i < events.size(); i++) {
                for (int j = i + 1; j < events.size(); j++) {
                    String before = events.get(i);
                    String after = events.get(j);
                    Instant sent = joins.firstSent(before);
                    Instant acknowledged = joins.firstAcknowledged(after);
                    if (!isFiling(c, before) && acknowledged != null && sent.isAfter(acknowledged)) {
                        out.add(new Anomaly(Kind.ORDER_VIOLATION, "case " + c.id() + ": event " + before
                                + " stands before " + after + ", which was acknowledged before " + before
                                + " was sent",
                                Joins.names(Stream.of(after, before).flatMap(e -> joins.courtOps(e).stream()))));
                    }
                }
            }
        }
    }

    /**
     * Money is conserved per case: the amount recovered is the sum of the counted ledger receipts, and that is the
     * sum of the deductions and payments the clients were told were taken (and of the unknown ones that took effect).
     */
    private void moneyNotConserved(List<Anomaly> out) {
        Map<String, List<Operation>> moneyOps = new HashMap<>();
        for (Operation op : joins.sent(o -> o.amount() != null && joins.tookEffect(o))) {
            String caseId = joins.caseOf(op);
            if (caseId != null) {
                moneyOps.computeIfAbsent(caseId, k -> new ArrayList<>()).add(op);
            }
        }
        for (CaseState c : state.cases()) {
            List<Operation> ops = moneyOps.getOrDefault(c.id(), List.of());
            BigDecimal ledger = sum(c.receipts().stream().filter(Receipt::counted).map(Receipt::amount));
            BigDecimal told = sum(onePerEffect(ops).stream().map(Operation::amount));
            if (c.recovered().compareTo(ledger) != 0 || ledger.compareTo(told) != 0) {
                out.add(new Anomaly(Kind.MONEY_NOT_CONSERVED, "case " + c.id() + ": recovered "
                        + c.recovered().toPlainString() + ", ledger " + ledger.toPlainString()
                        + ", answers and payments " + told.toPlainString(), Joins.names(ops.stream())));
            }
        }
    }

    /**
     * The partners act on the exchange, not on the listing table: each listing's last change exchanged (IMPOSED,
     * LIFTED, EXPIRED) must match its status, and every exchanged change must be of a listing that exists.
     */
    private void sanctionsUnlikeListings(List<Anomaly> out) {
        Map<String, String> lastChange = new HashMap<>();
        Set<String> listed = new LinkedHashSet<>();
        state.listings().forEach(l -> listed.add(l.id()));
        for (SanctionExchanged s : state.sanctionsExchanged()) {
            if (s.sanctionId() == null) {
                continue; // REFUSED: nothing was imposed, nothing to match
            }
            if (!listed.contains(s.sanctionId())) {
                out.add(new Anomaly(Kind.SANCTION_MISMATCH, s.change() + " " + s.sanction() + " " + s.sanctionId()
                        + " was exchanged (event " + s.eventId() + ") but no such listing exists",
                        joins.courtOpsOf(s.caseId())));
            } else if (!"CHANGED".equals(s.change())) {
                lastChange.put(s.sanctionId(), s.change());
            }
        }
        for (Listing l : state.listings()) {
            String exchanged = lastChange.get(l.id());
            if (!l.status().equals(statusAfter(exchanged))) {
                out.add(new Anomaly(Kind.SANCTION_MISMATCH, l.sanction() + " " + l.id() + " of case " + l.caseId()
                        + " is " + l.status() + " but the exchange " + (exchanged == null ? "never announced it"
                        : "last said " + exchanged), joins.courtOpsOf(l.caseId())));
            }
        }
    }

    /** A broken chain means an entry was altered, removed or inserted after it was chained. */
    private void brokenAuditChains(List<Anomaly> out) {
        state.auditChains().forEach((service, v) -> {
            if (!v.intact()) {
                out.add(new Anomaly(Kind.AUDIT_CHAIN_BROKEN, service + "'s audit chain is broken at seq "
                        + v.firstBroken() + " (of " + v.entries() + " entries)", List.of()));
            }
        });
    }

    /** Only input the history sent deliberately bad may end as a dead letter; anything else was a good event lost. */
    private void unexpectedDeadLetters(List<Anomaly> out) {
        List<Operation> bad = joins.sent(Operation::badInputSent);
        for (FinalState.DeadLetter d : state.deadLetters()) {
            boolean expected = bad.stream().anyMatch(o -> d.eventId() != null ? d.eventId().equals(o.eventId())
                    : Objects.equals(d.key(), o.key()) || Objects.equals(d.key(), o.caseId()));
            if (!expected) {
                out.add(new Anomaly(Kind.UNEXPECTED_DEAD_LETTER, "dead letter on " + d.topic() + " (key " + d.key()
                        + ", event " + d.eventId() + "): " + d.reason(), Joins.names(joins.sent(
                                o -> d.eventId() != null ? d.eventId().equals(o.eventId())
                                        : Objects.equals(d.key(), o.key())).stream())));
            }
        }
    }

    /**
     * A client that sends the same answer or the same payment again (its first attempt timed out) asks for one effect:
     * the attempts of one referral's answer, or of one event id, count once (the first that took effect).
     */
    private static List<Operation> onePerEffect(List<Operation> ops) {
        Map<String, Operation> first = new LinkedHashMap<>();
        ops.forEach(o -> first.putIfAbsent(o.referralId() != null ? "referral " + o.referralId() : "event " + o.eventId(),
                o));
        return List.copyOf(first.values());
    }

    private static String statusAfter(String change) {
        if (change == null) {
            return null;
        }
        return "IMPOSED".equals(change) ? "ACTIVE" : change;
    }

    /** The case's court-sent event ids in the order they stand on its timeline. */
    private List<String> courtEventsInOrder(CaseState c) {
        Set<String> seen = new LinkedHashSet<>();
        c.timeline().stream().map(Entry::eventId).filter(e -> e != null && !joins.courtOps(e).isEmpty())
                .forEach(seen::add);
        return List.copyOf(seen);
    }

    private boolean isFiling(CaseState c, String eventId) {
        return c.timeline().stream().anyMatch(e -> eventId.equals(e.eventId()) && CASE_FILED.equals(e.kind()));
    }

    private static <T> Map<String, List<T>> twice(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(i -> groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        groups.values().removeIf(g -> g.size() < 2);
        return groups;
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
