package cn.lianxi.systemtests.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.lianxi.systemtests.campaign.Anomaly.Kind;
import cn.lianxi.systemtests.campaign.FinalState.DeadLetter;
import cn.lianxi.systemtests.campaign.FinalState.Entry;

/**
 * The checker catches what it claims: a campaign that went right has no anomaly, and each kind of anomaly planted
 * into its history or state is named, with the operations involved, and nothing else is. No platform: the history
 * and the state are built here ({@link Scenario}).
 */
class CheckerIT {

    private final Scenario s = new Scenario();

    @Test
    void aCampaignThatWentRightHasNoAnomaly() {
        // it has everything the rules must let pass: a dead-lettered bad record, an unknown operation that never
        // arrived, an unknown payment that did and counts, an event held until its case's filing, a restriction
        // imposed and lifted
        assertEquals(List.of(), Checker.check(s.history(), s.state()));
    }

    @Test
    void aDroppedCourtEventIsALostAcknowledgedWrite() {
        s.timelines.get(Scenario.CASE_A).removeIf(e -> "E-A2".equals(e.eventId()));

        Anomaly a = only(Kind.LOST_ACKNOWLEDGED_WRITE);
        assertNames(a, s.byEvent("E-A2"));
        assertTrue(a.what().contains("E-A2"), a.what());
    }

    @Test
    void aDroppedOutcomeIsALostAcknowledgedAnswer() {
        s.timelines.get(Scenario.CASE_A).removeIf(e -> "ANS-2".equals(e.eventId()));

        Anomaly a = only(Kind.LOST_ACKNOWLEDGED_WRITE);
        assertNames(a, s.byReferral("BANK_ANSWER", "R-2"));
        assertTrue(a.what().contains("ANS-2"), a.what());
    }

    @Test
    void aDoubledOutcomeIsADuplicatedEffect() {
        s.timelines.get(Scenario.CASE_A).add(s.entry("OUTCOME_RECORDED", "ANS-1"));

        Anomaly a = only(Kind.DUPLICATED_EFFECT);
        assertNames(a, s.byReferral("BANK_ANSWER", "R-1"));
    }

    @Test
    void aSecondReferralForOneCaseEventIsADuplicatedEffect() {
        s.referrals.add(new FinalState.Referral("R-9", Scenario.CASE_A, "BANK-ICBC", "DEDUCTION", "QUEUED", "S-2",
                null, null));

        Anomaly a = only(Kind.DUPLICATED_EFFECT);
        assertTrue(a.what().contains("R-1") && a.what().contains("R-9"), a.what());
        assertNames(a, s.byReferral("BANK_CLAIM", "R-1"));
    }

    @Test
    void aTransferCountedTwiceIsADuplicatedEffectAndBreaksTheMoney() {
        s.receipts.get(Scenario.CASE_A).add(new FinalState.Receipt("ICBC-TX-1", new BigDecimal("1000.50"),
                "AGENCY_DEDUCTION", "ANS-1", true));
        s.recovered.put(Scenario.CASE_A, new BigDecimal("2201.00"));

        // counting it twice is both: an effect applied twice, and money the bank never answered
        List<Anomaly> found = Checker.check(s.history(), s.state());
        assertEquals(Set.of(Kind.DUPLICATED_EFFECT, Kind.MONEY_NOT_CONSERVED),
                found.stream().map(Anomaly::kind).collect(Collectors.toSet()), found.toString());
        Anomaly twice = found.stream().filter(a -> a.kind() == Kind.DUPLICATED_EFFECT).findFirst().orElseThrow();
        assertTrue(twice.what().contains("counts transfer ICBC-TX-1 2 times"), twice.what());
        assertNames(twice, s.byReferral("BANK_ANSWER", "R-1"));
    }

    @Test
    void aSecondListingForOneDecisionIsADuplicatedEffect() {
        // the copy was lifted again (so no unique index of active listings stopped it), and exchanged as it went
        s.listings.add(new FinalState.Listing("L-3", "DISHONEST_LISTING", Scenario.CASE_A, "320505199001011234",
                "(2026)苏0505执1号之一", "LIFTED"));
        s.exchanged.add(new FinalState.SanctionExchanged("X-4", "L-3", "DISHONEST_LISTING", "IMPOSED",
                Scenario.CASE_A));
        s.exchanged.add(new FinalState.SanctionExchanged("X-5", "L-3", "DISHONEST_LISTING", "LIFTED",
                Scenario.CASE_A));

        Anomaly a = only(Kind.DUPLICATED_EFFECT);
        assertTrue(a.what().startsWith("2 listings for one decision DISHONEST_LISTING " + Scenario.CASE_A), a.what());
        assertNames(a, s.byEvent("E-A4"));
    }

    @Test
    void aReorderedTimelineIsAnOrderViolation() {
        swap(s.timelines.get(Scenario.CASE_A), 2, 5); // the deduction order E-A2 and the payment E-A3 sent after it

        Anomaly a = only(Kind.ORDER_VIOLATION);
        assertNames(a, s.byEvent("E-A2"), s.byEvent("E-A3"));
    }

    @Test
    void aCaseThatDoesNotBeginWithItsFilingIsAnOrderViolation() {
        swap(s.timelines.get(Scenario.CASE_A), 0, 2); // the filing E-A1 and the deduction order E-A2

        // two findings of one fault: the case begins with another entry, and that event, sent after the filing was
        // acknowledged, stands before it
        List<Anomaly> found = ofKind(Kind.ORDER_VIOLATION);
        assertEquals(2, found.size(), found.toString());
        Anomaly first = found.stream().filter(a -> a.what().contains("not CASE_FILED")).findFirst().orElseThrow();
        assertNames(first, s.byEvent("E-A2"));
        Anomaly sentLater = found.stream().filter(a -> a.what().contains("stands before")).findFirst().orElseThrow();
        assertNames(sentLater, s.byEvent("E-A1"), s.byEvent("E-A2"));
    }

    @Test
    void aChangedAmountIsMoneyNotConserved() {
        s.recovered.put(Scenario.CASE_A, new BigDecimal("1200.51"));

        Anomaly a = only(Kind.MONEY_NOT_CONSERVED);
        assertTrue(a.what().contains("recovered 1200.51, ledger 1200.50, answers and payments 1200.50"), a.what());
        assertNames(a, s.byReferral("BANK_ANSWER", "R-1"), s.byEvent("E-A3"));
    }

    @Test
    void anAnswerSentAgainAfterATimeoutIsOneEffectAndItsMoneyCountsOnce() {
        // the bank's first answer timed out but went through; it sent the same answer again and was told OK
        Operation first = s.byReferral("BANK_ANSWER", "R-1");
        s.ops.add(Operation.planned("BANK_ANSWER", "BANK-ICBC", "R-1").referral("R-1").amount(first.amount())
                .intended("op-retry", first.endedAt().plusSeconds(15))
                .completed(Operation.Result.ACKNOWLEDGED, first.endedAt().plusSeconds(16), "HTTP 200"));
        assertEquals(List.of(), Checker.check(s.history(), s.state()));

        // but the ledger counting that transfer twice is still caught
        s.receipts.get(Scenario.CASE_A).add(new FinalState.Receipt("ICBC-TX-2", first.amount(), "AGENCY_DEDUCTION",
                "ANS-1b", true));
        s.recovered.put(Scenario.CASE_A, new BigDecimal("2201.00"));
        Anomaly a = only(Kind.MONEY_NOT_CONSERVED);
        assertTrue(a.what().contains("ledger 2201.00, answers and payments 1200.50"), a.what());
    }

    @Test
    void aLedgerThatDisagreesWithTheBanksAnswersIsMoneyNotConserved() {
        // the ledger and the case agree with each other, but not with what the bank was told it deducted
        s.receipts.get(Scenario.CASE_A).set(0, new FinalState.Receipt("ICBC-TX-1", new BigDecimal("100.50"),
                "AGENCY_DEDUCTION", "ANS-1", true));
        s.recovered.put(Scenario.CASE_A, new BigDecimal("300.50"));

        Anomaly a = only(Kind.MONEY_NOT_CONSERVED);
        assertTrue(a.what().contains("ledger 300.50, answers and payments 1200.50"), a.what());
    }

    @Test
    void aListingWithoutItsSanctionEventIsASanctionMismatch() {
        s.exchanged.removeIf(x -> "X-1".equals(x.eventId()));

        Anomaly a = only(Kind.SANCTION_MISMATCH);
        assertTrue(a.what().contains("L-1") && a.what().contains("never announced"), a.what());
        assertNames(a, s.byEvent("E-A4"));
    }

    @Test
    void aLiftingNeverExchangedIsASanctionMismatch() {
        s.exchanged.removeIf(x -> "X-3".equals(x.eventId()));

        Anomaly a = only(Kind.SANCTION_MISMATCH);
        assertTrue(a.what().contains("L-2 of case " + Scenario.CASE_B + " is LIFTED but the exchange last said "
                + "IMPOSED"), a.what());
        assertNames(a, s.byEvent("E-B3"));
    }

    @Test
    void aSanctionExchangedWithoutItsListingIsASanctionMismatch() {
        s.exchanged.add(new FinalState.SanctionExchanged("X-9", "L-9", "DISHONEST_LISTING", "IMPOSED",
                Scenario.CASE_B));

        Anomaly a = only(Kind.SANCTION_MISMATCH);
        assertTrue(a.what().contains("L-9 was exchanged (event X-9) but no such listing exists"), a.what());
        assertNames(a, s.byEvent("E-B2"));
    }

    @Test
    void anAlteredAuditEntryIsABrokenChain() {
        List<AuditChains.Row> rows = s.audit.get("agency-liaison-service");
        AuditChains.Row r = rows.get(1);
        rows.set(1, new AuditChains.Row(r.seq(), r.at(), r.actor(), r.action(), r.subject(), "{\"n\":99}",
                r.prevHash(), r.hash()));

        Anomaly a = only(Kind.AUDIT_CHAIN_BROKEN);
        assertEquals("agency-liaison-service's audit chain is broken at seq 2 (of 3 entries)", a.what());
    }

    @Test
    void aRemovedAuditEntryIsABrokenChain() {
        s.audit.get("credit-sanction-service").remove(1);

        Anomaly a = only(Kind.AUDIT_CHAIN_BROKEN);
        assertTrue(a.what().startsWith("credit-sanction-service's audit chain is broken at seq 3"), a.what());
    }

    @Test
    void aDeadLetterOfAGoodEventIsUnexpected() {
        s.deadLetters.add(new DeadLetter("court.case-events.dlq.v1", Scenario.KEY_A, "E-A2", "timeout"));

        Anomaly a = only(Kind.UNEXPECTED_DEAD_LETTER);
        assertTrue(a.what().contains("E-A2") && a.what().contains("timeout"), a.what());
        assertNames(a, s.byEvent("E-A2"));
    }

    /** Swaps what two entries record, keeping the seq order: the later event now stands first. */
    private static void swap(List<Entry> timeline, int i, int j) {
        Entry a = timeline.get(i);
        Entry b = timeline.get(j);
        timeline.set(i, new Entry(a.seq(), b.kind(), b.eventId()));
        timeline.set(j, new Entry(b.seq(), a.kind(), a.eventId()));
    }

    /** The one anomaly the plant caused. */
    private Anomaly only(Kind kind) {
        List<Anomaly> found = ofKind(kind);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    /** What the checker found, all of {@code kind}: any other kind means a rule fires on what it does not judge. */
    private List<Anomaly> ofKind(Kind kind) {
        List<Anomaly> found = Checker.check(s.history(), s.state());
        Set<Kind> kinds = found.stream().map(Anomaly::kind).collect(Collectors.toSet());
        assertEquals(Set.of(kind), kinds, found.toString());
        return found;
    }

    private static void assertNames(Anomaly a, Operation... ops) {
        for (Operation op : ops) {
            assertTrue(a.operations().contains(op.describe()), a + " does not name " + op.describe());
        }
    }
}
