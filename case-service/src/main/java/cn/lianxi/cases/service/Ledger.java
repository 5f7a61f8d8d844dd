package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.lianxi.contracts.Money;

/**
 * One money ledger per case (执行款台账): which reports of money received count, and their sum, the amount recovered.
 * A transfer (its reference) counts once, however many times and by whomever it is reported: a bank's deduction
 * answer and the court's own payment report of the same transfer are one receipt. An amended bank answer replaces the
 * report it names, whichever arrives first. When reports of one transfer disagree, the bank's own answer prevails
 * (then the smallest event id, so the result never depends on arrival order). Pure.
 */
public final class Ledger {

    private Ledger() {
    }

    /**
     * One report of money received.
     *
     * @param replaces for an amended answer, the event id of the report it replaces; else null
     */
    public record Report(String eventId, String transferReference, BigDecimal amount, boolean fromAgency,
            String replaces) {
    }

    /** The reports that count (by event id) and their sum. */
    public record Balance(Set<String> counted, BigDecimal total) {
    }

    private static final Comparator<Report> PREVAILING = Comparator.comparing((Report r) -> !r.fromAgency())
            .thenComparing(Report::eventId);

    public static Balance reconcile(Collection<Report> reports) {
        Set<String> replaced = reports.stream().filter(r -> r.replaces() != null && !r.replaces().equals(r.eventId()))
                .map(Report::replaces).collect(Collectors.toSet());
        Map<String, List<Report>> byTransfer = reports.stream().filter(r -> !replaced.contains(r.eventId()))
                .collect(Collectors.groupingBy(Report::transferReference));
        Set<String> counted = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (List<Report> same : byTransfer.values()) {
            Report prevailing = same.stream().min(PREVAILING).orElseThrow();
            counted.add(prevailing.eventId());
            total = total.add(prevailing.amount());
        }
        return new Balance(Set.copyOf(counted), Money.cny(total));
    }

    /** A live report (not replaced) of {@code incoming}'s transfer with another amount, if any. */
    public static Optional<Report> disagreeing(Collection<Report> reports, Report incoming) {
        Set<String> replaced = new HashSet<>();
        reports.forEach(r -> {
            if (r.replaces() != null) {
                replaced.add(r.replaces());
            }
        });
        if (incoming.replaces() != null) {
            replaced.add(incoming.replaces());
        }
        return reports.stream().filter(r -> !replaced.contains(r.eventId()))
                .filter(r -> r.transferReference().equals(incoming.transferReference()))
                .filter(r -> r.amount().compareTo(incoming.amount()) != 0).findFirst();
    }
}
