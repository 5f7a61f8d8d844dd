package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.config.PerformanceNoticeConfig;
import cn.lianxi.cases.repository.BankruptcyTransferRepository;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/**
 * The one apply path of court events, whoever sends them (HTTP batch, Kafka, a judge's REST action): the kind's
 * rule decides the change, the writer stores it. The event's own fields were checked against the contract before;
 * what is checked here needs the case. Must run inside the caller's transaction.
 */
@ApplicationScoped
public class CaseChanges {

    private final CaseChangeWriter writer;
    private final ConclusionFacts facts;
    private final RoundEndSearches searches;
    private final MeasureOrders orders;
    private final BankruptcyTransferRepository transfers;
    private final PerformanceNoticeConfig notice;
    private final Clock clock;

    public CaseChanges(CaseChangeWriter writer, ConclusionFacts facts, RoundEndSearches searches,
            MeasureOrders orders, BankruptcyTransferRepository transfers, PerformanceNoticeConfig notice,
            Clock clock) {
        this.writer = writer;
        this.facts = facts;
        this.searches = searches;
        this.orders = orders;
        this.transfers = transfers;
        this.notice = notice;
        this.clock = clock;
    }

    /**
     * Applies {@code e} to {@code c} (null only for CASE_FILED).
     *
     * @return the case after the change
     */
    public Uni<EnforcementCase> apply(EnforcementCase c, CourtCaseEvent e, String actor) {
        LocalDate today = PlatformClock.today(clock);
        boolean wasRoundEnd = c != null && RoundEndSearches.isRoundEnd(c);
        return facts.load(c, e, today, clock.instant()).chain(context -> orders.load(c, e).chain(orderFacts ->
                pendingTransfer(c).chain(pending -> {
                    CaseChange change;
                    try {
                        change = decide(c, e, context, orderFacts, pending);
                    } catch (RuntimeException refused) {
                        return Uni.createFrom().failure(refused);
                    }
                    return writer.write(change, e.eventId(), actor)
                            .call(applied -> searches.follow(applied, wasRoundEnd));
                })));
    }

    /** The 执转破 transfer awaiting its ruling; only a suspended case can have one (the transfer suspended it). */
    private Uni<BankruptcyTransfer> pendingTransfer(EnforcementCase c) {
        return c == null || c.status != CaseStatus.SUSPENDED ? Uni.createFrom().nullItem()
                : transfers.pendingOfCase(c.id);
    }

    private CaseChange decide(EnforcementCase c, CourtCaseEvent e, ConclusionContext context, OrderFacts orderFacts,
            BankruptcyTransfer pendingTransfer) {
        LocalDate today = context.today();
        if (e instanceof CourtCaseEvent.CaseFiled filing) {
            notBeforeFiling(e, filing.filedOn());
            return FilingRules.file(c, filing, clock.instant(), notice.term());
        }
        notBeforeFiling(e, c.filedOn);
        Instant at = e.occurredAt() != null ? e.occurredAt() : clock.instant();
        return switch (e.kind()) {
            case CASE_FILED -> throw new IllegalStateException("handled above");
            case PARTY_ADDED -> FilingRules.addParty(c, (CourtCaseEvent.PartyAdded) e);
            case PARTY_CORRECTED -> FilingRules.correctParty(c, (CourtCaseEvent.PartyCorrected) e);
            case ASSET_INQUIRY_REQUESTED -> MeasureRules.assetInquiry(c, (CourtCaseEvent.AssetInquiryRequested) e);
            case FREEZE_ORDERED, DEDUCTION_ORDERED, UNFREEZE_ORDERED ->
                    MeasureRules.bankMeasure(c, (CourtCaseEvent.AccountMeasure) e, orderFacts, at);
            case FREEZE_RENEWAL_ORDERED -> MeasureRules.renewal(c, (CourtCaseEvent.FreezeRenewalOrdered) e, orderFacts);
            case PAYMENT_RECEIVED -> MeasureRules.payment(c, (CourtCaseEvent.PaymentReceived) e);
            case REFUSAL_REPORTED -> MeasureRules.refusal(c, (CourtCaseEvent.RefusalReported) e);
            case DISHONEST_LISTING_DECIDED -> SanctionRules.listing(c, (CourtCaseEvent.DishonestListingDecided) e, today,
                    at, notice.listingGrace());
            case CONSUMPTION_RESTRICTION_ORDERED ->
                    SanctionRules.restriction(c, (CourtCaseEvent.ConsumptionRestrictionOrdered) e, today);
            case STATUS_CHANGED -> StatusRules.change(c, (CourtCaseEvent.StatusChanged) e, context, pendingTransfer);
            case CASE_SUSPENDED -> StatusRules.suspend(c, ((CourtCaseEvent.CaseSuspended) e).reason());
            case CASE_RESUMED ->
                    StatusRules.resume(c, ((CourtCaseEvent.CaseResumed) e).reason(), pendingTransfer);
            case CASE_CONCLUDED -> {
                CourtCaseEvent.CaseConcluded concluded = (CourtCaseEvent.CaseConcluded) e;
                yield StatusRules.conclude(c, concluded.conclusionType(), concluded.reason(), context);
            }
            case BANKRUPTCY_TRANSFER_PROPOSED ->
                    StatusRules.proposeBankruptcy(c, ((CourtCaseEvent.BankruptcyTransferProposed) e).reason());
            case CAPACITY_FOUND -> CapacityRules.find(c, (CourtCaseEvent.CapacityFound) e, at);
        };
    }

    /** Nothing happens to a case before it was filed: an earlier {@code occurredAt} is a court system's error. */
    private static void notBeforeFiling(CourtCaseEvent e, LocalDate filedOn) {
        if (e.occurredAt() != null && e.occurredAt().atZone(PlatformClock.ZONE).toLocalDate().isBefore(filedOn)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "occurredAt",
                    "occurredAt is before the case was filed (" + filedOn + ")");
        }
    }
}
