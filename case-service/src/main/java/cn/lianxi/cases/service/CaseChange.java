package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventKind;

/**
 * What one court event or agency outcome did to a case, decided before anything is written: the rules check
 * everything first and only then change the case in memory, so a refused event leaves no trace. The
 * {@link CaseChangeWriter} then stores the timeline entries, the recovery and the outbox events.
 */
public final class CaseChange {

    /**
     * One timeline entry, published as a case event unless {@code publish} is null.
     *
     * @param timelineKind the timeline entry's kind
     * @param publish      the case event to publish, or null for a timeline-only note
     * @param summary      a short human summary (no personal data)
     * @param detail       the structured facts (the event's {@code detail})
     */
    public record Step(String timelineKind, CaseEventKind publish, String summary, Map<String, Object> detail) {
    }

    /** Money recovered by this change. */
    public record Recovered(BigDecimal amount, String source) {
    }

    private final EnforcementCase enforcementCase;
    private final boolean created;
    private final List<Step> steps = new ArrayList<>();
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

    /** Adds a timeline entry published as an event of the same kind. */
    public CaseChange step(CaseEventKind kind, String summary, Map<String, Object> detail) {
        steps.add(new Step(kind.name(), kind, summary, detail));
        return this;
    }

    /** Adds a timeline entry that is not published on its own. */
    public CaseChange note(String timelineKind, String summary, Map<String, Object> detail) {
        steps.add(new Step(timelineKind, null, summary, detail));
        return this;
    }

    /**
     * Raises the amount recovered; the first time it reaches the amount owed, a READY_TO_CONCLUDE note is added.
     *
     * @return whether the case is now ready to conclude
     */
    public boolean recover(BigDecimal amount, String source) {
        boolean wasReady = enforcementCase.readyToConclude();
        enforcementCase.amountRecovered = Amounts.cny(enforcementCase.amountRecovered.add(amount));
        recovered = new Recovered(Amounts.cny(amount), source);
        boolean ready = enforcementCase.readyToConclude();
        if (ready && !wasReady) {
            note("READY_TO_CONCLUDE", "已全部到位 recovered amount reached the amount owed: ready to conclude",
                    Details.of().put("amountOwed", enforcementCase.amountOwed)
                            .put("amountRecovered", enforcementCase.amountRecovered).map());
        }
        return ready;
    }

    public EnforcementCase enforcementCase() {
        return enforcementCase;
    }

    public boolean isCreated() {
        return created;
    }

    public List<Step> steps() {
        return steps;
    }

    public Recovered recovered() {
        return recovered;
    }
}
