package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.Recovery;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PaymentSource;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SelfPerformance;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Posts a change's receipt to its case's ledger ({@link Ledger}): the report is stored, every report of the case is
 * reconciled again, and the amount recovered becomes the ledger's sum. Runs in the change's transaction, after the
 * case was locked, so reports of one case never race.
 */
@ApplicationScoped
public class CaseLedger {

    /** Must run inside the transaction of the change, before its entries are written. */
    Uni<Void> post(CaseChange change, String eventId, Instant now) {
        CaseChange.Receipt receipt = change.receipt();
        if (receipt == null) {
            return Uni.createFrom().voidItem();
        }
        EnforcementCase c = change.enforcementCase();
        return Recovery.<Recovery>list("caseId", c.id).chain(rows -> {
            Recovery row = row(c, receipt, eventId, now);
            List<Recovery> all = new ArrayList<>(rows);
            all.add(row);
            List<Ledger.Report> reports = all.stream().map(CaseLedger::report).toList();
            Ledger.Report incoming = report(row);
            Ledger.disagreeing(reports.subList(0, rows.size()), incoming).ifPresent(other -> {
                if (!receipt.fromAgency()) { // the court can correct its own report; a bank amends its answer
                    throw new ProblemException(ProblemType.CONFLICTING_RECEIPT, "transfer "
                            + receipt.transferReference() + " is already in the ledger with "
                            + CaseChange.cny(other.amount()), "transferReference");
                }
                change.note(TimelineNote.LEDGER_DISCREPANCY, "对账不符 transfer " + receipt.transferReference()
                        + " reported as " + CaseChange.cny(receipt.amount()) + " and as "
                        + CaseChange.cny(other.amount()) + ": the bank's answer counts",
                        new Discrepancy(receipt.transferReference(), receipt.amount(), other.amount()));
            });
            Ledger.Balance balance = Ledger.reconcile(reports);
            if (!Money.fitsTotal(balance.total())) {
                throw new ProblemException(ProblemType.TOTAL_OVERFLOW, "the amount recovered would exceed "
                        + Money.format(Money.MAX_TOTAL) + " " + Money.CURRENCY + ", the largest total a case can hold",
                        "amount");
            }
            all.forEach(r -> r.counted = balance.counted().contains(r.eventId));
            boolean known = rows.stream().anyMatch(r -> r.transferReference.equals(receipt.transferReference())
                    && !r.eventId.equals(receipt.replaces()));
            if (known && receipt.replaces() == null) {
                change.note(TimelineNote.RECEIPT_ALREADY_COUNTED, "重复到账报告 transfer " + receipt.transferReference()
                        + " is already in the ledger: counted once", new AlreadyCounted(receipt.transferReference()));
            }
            settle(change, c, balance);
            performedWithinNotice(change, c, all, now);
            return row.persist().replaceWithVoid();
        });
    }

    /** The detail of a LEDGER_DISCREPANCY note. */
    public record Discrepancy(String transferReference, BigDecimal reported, BigDecimal alreadyReported) {
    }

    /** The detail of a RECEIPT_ALREADY_COUNTED note. */
    public record AlreadyCounted(String transferReference) {
    }

    private static void settle(CaseChange change, EnforcementCase c, Ledger.Balance balance) {
        boolean wasReady = c.readyToConclude();
        c.amountRecovered = balance.total();
        if (c.readyToConclude() && !wasReady) {
            change.note(TimelineNote.READY_TO_CONCLUDE, "已全部到位 recovered amount reached the amount owed: ready to conclude",
                    new CaseChange.ReadyToConclude(c.amountOwed, c.amountRecovered));
        }
    }

    /** The detail of a PERFORMED_WITHIN_NOTICE note: the debtor's own payments and the notice's deadline. */
    public record PerformedWithinNotice(BigDecimal paid, BigDecimal amountOwed, Instant performanceDue) {
    }

    /**
     * 自动履行: the first time the debtor's own payments (counted receipts of source VOLUNTARY, not a bank's deduction
     * or an auction) cover the debt by the performance notice's deadline, the case is marked as performed within the
     * notice: good faith, shown with the case and counted per court ({@link SelfPerformance#performedWithinNotice}).
     */
    private static void performedWithinNotice(CaseChange change, EnforcementCase c, List<Recovery> all, Instant now) {
        if (c.performedWithinNoticeAt != null || !SelfPerformance.performedWithinNotice(c.performanceDue, now)) {
            return;
        }
        BigDecimal paid = all.stream().filter(r -> r.counted && !r.fromAgency
                        && PaymentSource.VOLUNTARY.name().equals(r.source))
                .map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (paid.compareTo(c.amountOwed) >= 0) {
            c.performedWithinNoticeAt = now;
            change.note(TimelineNote.PERFORMED_WITHIN_NOTICE, "自动履行 the debtor paid " + CaseChange.cny(paid)
                    + " by the performance notice's deadline " + c.performanceDue + ": performed in good faith",
                    new PerformedWithinNotice(Money.cny(paid), c.amountOwed, c.performanceDue));
        }
    }

    private static Recovery row(EnforcementCase c, CaseChange.Receipt receipt, String eventId, Instant now) {
        Recovery r = new Recovery();
        r.id = UUID.randomUUID();
        r.caseId = c.id;
        r.amount = receipt.amount();
        r.source = receipt.source();
        r.at = now;
        r.eventId = eventId;
        r.transferReference = receipt.transferReference();
        r.replaces = receipt.replaces();
        r.fromAgency = receipt.fromAgency();
        return r;
    }

    private static Ledger.Report report(Recovery r) {
        return new Ledger.Report(r.eventId, r.transferReference, r.amount, r.fromAgency, r.replaces);
    }
}
