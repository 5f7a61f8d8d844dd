package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;

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
    public record Note(TimelineNote note, String summary, Record detail) implements Entry {
        @Override
        public String timelineKind() {
            return note.name();
        }
    }

    /** The detail of the READY_TO_CONCLUDE note. */
    public record ReadyToConclude(BigDecimal amountOwed, BigDecimal amountRecovered) {
    }

    /**
     * A report of money received (执行款到位), for the case's ledger ({@link CaseLedger}): it counts its transfer once.
     *
     * @param source            the payment source (VOLUNTARY, DEDUCTION, ...) or AGENCY_DEDUCTION for a bank's answer
     * @param transferReference the transfer's reference; one transfer counts once however often it is reported
     * @param fromAgency        a bank's own answer (DEDUCTED), which prevails over the court's report of the transfer
     * @param replaces          for an amended bank answer: the event id of the report it replaces
     */
    public record Receipt(BigDecimal amount, String source, String transferReference, boolean fromAgency,
            String replaces) {
    }

    private final EnforcementCase enforcementCase;
    private final boolean created;
    private final List<Entry> entries = new ArrayList<>();
    private Receipt receipt;

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
    public CaseChange note(TimelineNote note, String summary, Record detail) {
        entries.add(new Note(note, summary, detail));
        return this;
    }

    /**
     * Posts a receipt to the case's ledger when the change is written: the amount recovered becomes the ledger's sum
     * (and the first time it reaches the amount owed, a READY_TO_CONCLUDE note is added).
     */
    public void receive(Receipt receipt) {
        this.receipt = receipt;
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

    public Receipt receipt() {
        return receipt;
    }

    /** {@code amount} for a summary, e.g. {@code 1,200,000.50 CNY}. */
    static String cny(BigDecimal amount) {
        return Money.format(amount) + " " + Money.CURRENCY;
    }
}
