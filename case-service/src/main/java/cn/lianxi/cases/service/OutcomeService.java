package cn.lianxi.cases.service;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralOutcome;
import io.smallrye.mutiny.Uni;

/**
 * Agency outcomes (协查 / 协助执行 results) on the case timeline. A DEDUCTED outcome (扣划到位) raises the amount
 * recovered; the caller runs this once per outcome event id, so a redelivered outcome never counts twice. An order
 * an agency refused or nobody could take shows on the timeline as refused, with the reason.
 */
@ApplicationScoped
public class OutcomeService {

    /** Outcomes that mean the court's order was not carried out. */
    private static final Set<OutcomeType> REFUSALS = EnumSet.of(OutcomeType.REJECTED, OutcomeType.UNROUTABLE);

    private final ForeignChanges changes;

    public OutcomeService(ForeignChanges changes) {
        this.changes = changes;
    }

    /** Must run inside the transaction that marks the outcome processed. */
    public Uni<EnforcementCase> record(ReferralOutcome o) {
        return changes.apply(o.caseId(), o.courtCode(), new ForeignChanges.Origin(o.eventId().toString(),
                "agency:" + o.agencyId(), "agency-outcome." + o.outcome(), "eventId=" + o.eventId() + "; referralId="
                        + o.referralId() + "; referralKind=" + o.referralKind()), c -> decide(c, o));
    }

    private static CaseChange decide(EnforcementCase c, ReferralOutcome o) {
        boolean raises = o.outcome() == OutcomeType.DEDUCTED && o.amount() != null && o.amount().signum() > 0;
        CaseChange change = CaseChange.of(c).step(summary(o), new CaseEventDetail.OutcomeRecorded(o.referralId(),
                o.agencyId(), o.referralKind(), o.outcome(), Money.cny(o.amount())));
        if (raises) {
            change.recover(o.amount(), "AGENCY_DEDUCTION");
        }
        return change;
    }

    private static String summary(ReferralOutcome o) {
        String summary = "协查结果 " + o.referralKind() + " → " + o.outcome()
                + (o.amount() == null ? "" : ": " + CaseChange.cny(o.amount()));
        return REFUSALS.contains(o.outcome()) ? summary + " refused: " + o.reason() : summary;
    }
}
