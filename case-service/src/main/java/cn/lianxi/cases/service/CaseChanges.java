package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.CourtCaseEvent;
import io.smallrye.mutiny.Uni;

/**
 * The one apply path of court events, whoever sends them (HTTP batch, Kafka, a judge's REST action): the kind's
 * rule decides the change, the writer stores it. Must run inside the caller's transaction.
 */
@ApplicationScoped
public class CaseChanges {

    private final CaseChangeWriter writer;
    private final Clock clock;

    public CaseChanges(CaseChangeWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Applies {@code e} to {@code c} (null only for CASE_FILED).
     *
     * @return the case after the change
     */
    public Uni<EnforcementCase> apply(EnforcementCase c, CourtCaseEvent e, String actor) {
        CaseChange change;
        try {
            change = decide(c, e);
        } catch (RuntimeException refused) {
            return Uni.createFrom().failure(refused);
        }
        return writer.write(change, e.eventId(), actor);
    }

    private CaseChange decide(EnforcementCase c, CourtCaseEvent e) {
        LocalDate today = LocalDate.now(clock);
        return switch (e.kind()) {
            case CASE_FILED -> FilingRules.file(c, e, clock.instant());
            case PARTY_ADDED -> FilingRules.addParty(c, e);
            case PARTY_CORRECTED -> FilingRules.correctParty(c, e);
            case ASSET_INQUIRY_REQUESTED -> MeasureRules.assetInquiry(c, e);
            case FREEZE_ORDERED -> MeasureRules.bankMeasure(c, e, CaseEventKind.FREEZE_ORDERED, "冻结 freeze ordered");
            case DEDUCTION_ORDERED -> MeasureRules.bankMeasure(c, e, CaseEventKind.DEDUCTION_ORDERED,
                    "扣划 deduction ordered");
            case UNFREEZE_ORDERED -> MeasureRules.unfreeze(c, e);
            case PAYMENT_RECEIVED -> MeasureRules.payment(c, e);
            case REFUSAL_REPORTED -> MeasureRules.refusal(c, e);
            case DISHONEST_LISTING_DECIDED -> SanctionRules.listing(c, e, today);
            case CONSUMPTION_RESTRICTION_ORDERED -> SanctionRules.restriction(c, e, today);
            case STATUS_CHANGED -> StatusRules.change(c, e);
            case CASE_SUSPENDED -> StatusRules.suspend(c, e);
            case CASE_RESUMED -> StatusRules.resume(c, e);
            case CASE_CONCLUDED -> StatusRules.conclude(c, e.conclusionType(), e.reason());
            case BANKRUPTCY_TRANSFER_PROPOSED -> StatusRules.proposeBankruptcy(c, e);
        };
    }
}
