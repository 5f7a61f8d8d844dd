package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * One money ledger per case: whatever the order, the duplicates and the amendments, the amount recovered is the sum
 * of the distinct transfers, each counted once at its true amount.
 */
class LedgerTest {

    private static final long SEED = 15L;

    /** The reports one transfer produces, and what it truly was. */
    record Transfer(BigDecimal amount, List<Ledger.Report> reports) {
    }

    private int ids;

    private Ledger.Report report(String ref, BigDecimal amount, boolean agency, String replaces) {
        return new Ledger.Report(String.format("ev-%05d", ids++), ref, amount, agency, replaces);
    }

    /** One transfer, reported in one of the ways banks and courts report it (kind 0 to 6). */
    private Transfer transfer(Random random, int n) {
        String ref = "TR-" + n;
        BigDecimal amount = new BigDecimal(1 + random.nextInt(100_000)).movePointLeft(2);
        BigDecimal wrong = amount.add(new BigDecimal(1 + random.nextInt(5_000_000)));
        List<Ledger.Report> reports = new ArrayList<>();
        switch (random.nextInt(7)) {
            case 0 -> reports.add(report(ref, amount, true, null)); // the bank's deduction alone
            case 1 -> reports.add(report(ref, amount, false, null)); // the debtor's payment, reported by the court
            case 2 -> { // the bank's deduction and the court's own report of the same money
                reports.add(report(ref, amount, true, null));
                reports.add(report(ref, amount, false, null));
            }
            case 3 -> { // the court reports the same payment twice
                reports.add(report(ref, amount, false, null));
                reports.add(report(ref, amount, false, null));
            }
            case 4 -> { // a wrong bank answer, amended; the court reports the true amount too
                Ledger.Report first = report(ref, wrong, true, null);
                reports.add(first);
                reports.add(report(ref, amount, true, first.eventId()));
                reports.add(report(ref, amount, false, null));
            }
            case 5 -> { // amended twice: each amendment names the one before
                Ledger.Report first = report(ref, wrong, true, null);
                Ledger.Report second = report(ref, wrong.add(BigDecimal.ONE), true, first.eventId());
                reports.addAll(List.of(first, second, report(ref, amount, true, second.eventId())));
            }
            default -> { // a deduction answered that never happened, amended to nothing
                Ledger.Report first = report(ref, wrong, true, null);
                reports.addAll(List.of(first, report(ref, new BigDecimal("0.00"), true, first.eventId())));
                return new Transfer(new BigDecimal("0.00"), reports);
            }
        }
        return new Transfer(amount, reports);
    }

    /** As {@link CaseLedger} applies them one by one: a court report disagreeing with a live one is refused. */
    private static Ledger.Balance applyInOrder(List<Ledger.Report> arrivals) {
        List<Ledger.Report> stored = new ArrayList<>();
        for (Ledger.Report incoming : arrivals) {
            if (!incoming.fromAgency() && Ledger.disagreeing(stored, incoming).isPresent()) {
                continue;
            }
            stored.add(incoming);
        }
        return Ledger.reconcile(stored);
    }

    @Test
    void recoveredIsTheSumOfDistinctTransfersAfterDuplicatedReorderedAndCorrectedReports() {
        Random random = new Random(SEED);
        for (int round = 0; round < 300; round++) {
            List<Transfer> transfers = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int t = 0; t < count; t++) {
                transfers.add(transfer(random, t));
            }
            BigDecimal expected = transfers.stream().map(Transfer::amount).reduce(new BigDecimal("0.00"),
                    BigDecimal::add);
            List<Ledger.Report> arrivals = new ArrayList<>();
            transfers.forEach(t -> arrivals.addAll(t.reports()));
            for (int order = 0; order < 5; order++) {
                Collections.shuffle(arrivals, random);
                Ledger.Balance balance = applyInOrder(arrivals);
                assertEquals(expected, balance.total(), "round " + round + ", arrivals " + arrivals);
                assertEquals(2, balance.total().scale());
                assertEquals(count, balance.counted().size(), "one counted report per transfer");
            }
        }
    }

    @Test
    void theBanksAnswerPrevailsOverTheCourtsReportOfTheSameTransferWhateverArrivesFirst() {
        Ledger.Report court = new Ledger.Report("ev-b", "TR-1", new BigDecimal("90.00"), false, null);
        Ledger.Report bank = new Ledger.Report("ev-a", "TR-1", new BigDecimal("100.00"), true, null);
        assertEquals(Ledger.reconcile(List.of(court, bank)), Ledger.reconcile(List.of(bank, court)));
        assertEquals(Set.of("ev-a"), Ledger.reconcile(List.of(court, bank)).counted());
        assertTrue(Ledger.disagreeing(List.of(bank), court).isPresent());
        assertTrue(Ledger.disagreeing(List.of(bank), new Ledger.Report("ev-c", "TR-1", new BigDecimal("100.00"),
                false, null)).isEmpty());
    }

    @Test
    void anAmendmentArrivingBeforeTheAnswerItReplacesStillReplacesIt() {
        Ledger.Report wrong = new Ledger.Report("ev-1", "TR-9", new BigDecimal("5000000.00"), true, null);
        Ledger.Report amended = new Ledger.Report("ev-2", "TR-9", new BigDecimal("1000.00"), true, "ev-1");
        assertEquals(new BigDecimal("1000.00"), Ledger.reconcile(List.of(amended)).total());
        assertEquals(new BigDecimal("1000.00"), Ledger.reconcile(List.of(amended, wrong)).total());
        assertEquals(Set.of("ev-2"), Ledger.reconcile(List.of(amended, wrong)).counted());
    }
}
