package cn.lianxi.cases.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.PaymentSource;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;
import io.smallrye.mutiny.Uni;

/**
 * Agency outcomes (协查 / 协助执行 results) on the case timeline. A DEDUCTED outcome (扣划到位) is a receipt in the
 * case's ledger under the bank's transfer reference, so the court's own report of the same transfer does not count
 * it again, and an amended answer ({@code replaces}) takes the place of the one it names. The caller runs this once
 * per outcome event id. Outcomes on a freeze, or on an order linked to one, move it in the case's
 * {@link FreezeRegister}; every outcome of an order moves it in the {@link MeasureRegister}. A judicial auction's sale
 * (AUCTION_SOLD) is a receipt of source AUCTION for its price. An order an agency refused or nobody could take shows
 * on the timeline as refused, with the reason. A delivery receipt (RECEIPT) is a timeline note only
 * ({@link DeliveryReceipts}): it is not the agency's answer, so no register, clock or amount moves.
 */
@ApplicationScoped
public class OutcomeService {

    private final ForeignChanges changes;
    private final FreezeRegister register;
    private final CaseClocks clocks;
    private final MeasureRegister measures;
    private final DeliveryReceipts receipts;

    public OutcomeService(ForeignChanges changes, FreezeRegister register, CaseClocks clocks,
            MeasureRegister measures, DeliveryReceipts receipts) {
        this.changes = changes;
        this.register = register;
        this.clocks = clocks;
        this.measures = measures;
        this.receipts = receipts;
    }

    /** Must run inside the transaction that marks the outcome processed. */
    public Uni<EnforcementCase> record(ReferralOutcome o) {
        ForeignChanges.Origin origin = new ForeignChanges.Origin(o.eventId().toString(), "agency:" + o.agencyId(),
                "agency-outcome." + o.outcome(), "eventId=" + o.eventId() + "; referralId=" + o.referralId()
                        + "; referralKind=" + o.referralKind()
                        + (o.replaces() == null ? "" : "; replaces=" + o.replaces() + "; reason=" + o.reason()));
        if (o.outcome() == OutcomeType.RECEIPT) {
            return changes.apply(o.caseId(), o.courtCode(), origin, c -> receipts.note(c, o.receipt()));
        }
        return changes.apply(o.caseId(), o.courtCode(), origin, c -> decide(c, o))
                .call(c -> register.answered(c.id, o))
                .call(c -> measures.answered(c.id, o))
                .call(c -> clocks.outcome(c, o));
    }

    private static CaseChange decide(EnforcementCase c, ReferralOutcome o) {
        CaseChange change = CaseChange.of(c).step(OutcomeSummaries.of(o), new CaseEventDetail.OutcomeRecorded(
                o.referralId(), o.agencyId(), o.referralKind(), o.outcome(), Money.cny(o.amount())));
        boolean receipt = o.outcome() == OutcomeType.DEDUCTED && o.amount() != null
                && (o.amount().signum() > 0 || o.replaces() != null);
        if (receipt) {
            change.receive(new CaseChange.Receipt(Money.cny(o.amount()), "AGENCY_DEDUCTION", transferReference(o),
                    true, o.replaces() == null ? null : o.replaces().toString()));
        } else if (o.outcome() == OutcomeType.AUCTION_SOLD && o.amount() != null) {
            // 拍卖成交: the price is money recovered for the case, like a deduction, counted once per auction
            change.receive(new CaseChange.Receipt(Money.cny(o.amount()), PaymentSource.AUCTION.name(),
                    "auction:" + o.referralId(), true, o.replaces() == null ? null : o.replaces().toString()));
        }
        return AssetsFound.note(change, c, o);
    }

    /**
     * The bank's transfer reference; an answer without one (from before answers carried it) is one transfer per
     * referral, so its redeliveries under other ids still count once.
     */
    private static String transferReference(ReferralOutcome o) {
        return o.result() instanceof ReferralResult.Deduction d ? d.transferReference() : "referral:" + o.referralId();
    }
}
