package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * What one court event, agency outcome or credit refusal did to a case, decided before anything is written: the
 * rules check everything first and only then change the case in memory, so a refused event leaves no trace. The
 * {@link CaseChangeWriter} then stores the timeline entries, the recovery and the outbox events.
 */
public final class CaseChange {

    /** One timeline entry; its typed {@code detail} is stored as JSON with the entry. */
    public sealed interface Entry permits Step, Note {
        String timelineKind();

        String summary();

        /** A contract record ({@link CaseEventDetail}) or a note's own record. */
        Object detail();
    }

    /**
     * A timeline entry published as a case event of the detail's kind.
     *
     * @param summary a short human summary (no personal data)
     * @param detail  the typed detail, the published event's {@code detail}
     */
    public record Step(String summary, CaseEventDetail detail) implements Entry {
        @Override
        public String timelineKind() {
            return detail.kind().name();
        }
    }

    /** A timeline entry that is not published (READY_TO_CONCLUDE, a downstream refusal). */
    public record Note(String timelineKind, String summary, Record detail) implements Entry {
    }

    /** The detail of the READY_TO_CONCLUDE note. */
    public record ReadyToConclude(BigDecimal amountOwed, BigDecimal amountRecovered) {
    }

    /** Money recovered by this change. */
    public record Recovered(BigDecimal amount, String source) {
    }

    private final EnforcementCase enforcementCase;
    private final boolean created;
    private final List<Entry> entries = new ArrayList<>();
    private Recovered recovered;

    private CaseChange(EnforcementCase enforcementCase, boolean created) {
        this.enforcementCase = enforcementCase;
        this.created = created;
    }

    /** A change of an existing case. */
    public static CaseChange of(EnforcementCase c) {
        return new CaseChange(c, false);
    }

    /** A newly filed case, still to be stored. */
    public static CaseChange created(EnforcementCase c) {
        return new CaseChange(c, true);
    }

    /** Adds a timeline entry published as an event of the detail's kind. */
    public CaseChange step(String summary, CaseEventDetail detail) {
        entries.add(new Step(summary, detail));
        return this;
    }

    /** Adds a timeline entry that is not published on its own. */
    public CaseChange note(String timelineKind, String summary, Record detail) {
        entries.add(new Note(timelineKind, summary, detail));
        return this;
    }

    /**
     * Whether the case would be ready to conclude after recovering {@code amount}; a total beyond what the
     * {@code numeric(18, 2)} column holds is refused here, as the request's fault, before it can reach the database.
     */
    public static boolean readyAfter(EnforcementCase c, BigDecimal amount) {
        BigDecimal after = c.amountRecovered.add(amount);
        if (!Money.fitsTotal(after)) {
            throw new ProblemException(ProblemType.TOTAL_OVERFLOW, "the amount recovered would exceed "
                    + Money.format(Money.MAX_TOTAL) + " " + Money.CURRENCY + ", the largest total a case can hold",
                    "amount");
        }
        return after.compareTo(c.amountOwed) >= 0;
    }

    /**
     * Raises the amount recovered; the first time it reaches the amount owed, a READY_TO_CONCLUDE note is added.
     */
    public void recover(BigDecimal amount, String source) {
        boolean wasReady = enforcementCase.readyToConclude();
        boolean ready = readyAfter(enforcementCase, amount);
        enforcementCase.amountRecovered = Money.cny(enforcementCase.amountRecovered.add(amount));
        recovered = new Recovered(Money.cny(amount), source);
        if (ready && !wasReady) {
            note("READY_TO_CONCLUDE", "已全部到位 recovered amount reached the amount owed: ready to conclude",
                    new ReadyToConclude(enforcementCase.amountOwed, enforcementCase.amountRecovered));
        }
    }

    public EnforcementCase enforcementCase() {
        return enforcementCase;
    }

    public boolean isCreated() {
        return created;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Recovered recovered() {
        return recovered;
    }

    /** {@code amount} for a summary, e.g. {@code 1,200,000.50 CNY}. */
    static String cny(BigDecimal amount) {
        return Money.format(amount) + " " + Money.CURRENCY;
    }
}
