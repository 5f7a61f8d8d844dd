package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail.CaseConcluded;
import cn.lianxi.contracts.CaseEventDetail.ConsumptionRestrictionOrdered;
import cn.lianxi.contracts.CaseEventDetail.DishonestListingDecided;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.mapping.SanctionMapper;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/**
 * Applies one case event inside the consuming transaction: records the case, then the sanction effect of its kind.
 * A court decision the credit rules refuse (a minor, a period the ground does not allow, a case whose sanctions were
 * lifted…) is audited and answered on {@code credit.sanctions.v1} with a REFUSED {@link SanctionEvent} naming the
 * rule, in the same transaction, so the court's timeline shows it; the case is still recorded.
 */
@ApplicationScoped
public class CaseEventHandler {

    /**
     * Kinds that change nothing credit keeps: no sanction or measure, and the snapshot fields credit reads
     * (status, amounts, respondents) change only with events of other kinds (STATUS_CHANGED, PAYMENT_RECEIVED,
     * OUTCOME_RECORDED, PARTY_CHANGED). The consumer skips them without parsing.
     */
    public static final Set<CaseEventKind> IGNORED = EnumSet.of(CaseEventKind.ASSET_INQUIRY_REQUESTED,
            CaseEventKind.UNFREEZE_ORDERED, CaseEventKind.REFUSAL_REPORTED,
            CaseEventKind.BANKRUPTCY_TRANSFER_PROPOSED,
            // the property report's order and report, and reward notices, sanction nothing; only a breach counts
            CaseEventKind.PROPERTY_REPORT_ORDERED, CaseEventKind.PROPERTY_REPORTED,
            CaseEventKind.REWARD_NOTICE_PUBLISHED, CaseEventKind.REWARD_LEAD_ASSESSED,
            CaseEventKind.REWARD_NOTICE_WITHDRAWN,
            // an exit ban, an auction hand-off and a cancelled measure go to agencies through liaison
            CaseEventKind.EXIT_BAN_ORDERED, CaseEventKind.EXIT_BAN_LIFTING_ORDERED,
            CaseEventKind.AUCTION_HANDOFF_ORDERED, CaseEventKind.MEASURE_CANCELLED,
            // a request between courts (事项委托) is court work; a transfer (COURT_TRANSFERRED) is not ignored: it
            // moves the case record to its new court
            CaseEventKind.COURT_REQUEST_SENT, CaseEventKind.COURT_REQUEST_ANSWERED);

    private final CaseRecords records;
    private final ListingService listings;
    private final RestrictionService restrictions;
    private final SanctionLifting lifting;
    private final GoodFaithService goodFaith;
    private final SanctionExchange exchange;
    private final AuditLog audit;
    private final Clock clock;
    private final BankruptcySuspension bankruptcy;

    public CaseEventHandler(CaseRecords records, ListingService listings, RestrictionService restrictions,
            SanctionLifting lifting, GoodFaithService goodFaith, SanctionExchange exchange, AuditLog audit,
            Clock clock, BankruptcySuspension bankruptcy) {
        this.bankruptcy = bankruptcy;
        this.records = records;
        this.listings = listings;
        this.restrictions = restrictions;
        this.lifting = lifting;
        this.goodFaith = goodFaith;
        this.exchange = exchange;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code event} has passed the contract's checks. */
    public Uni<Void> handle(CaseEvent event) {
        String actor = "court:" + event.courtCode();
        return records.apply(event).chain(c -> {
            if (event.detail() instanceof DishonestListingDecided d) {
                return refusable(event, actor, () -> listings.impose(ListingDecision.of(c.id, d), actor),
                        reason -> SanctionMapper.refused(event, d, reason, clock.instant()));
            }
            if (event.detail() instanceof ConsumptionRestrictionOrdered o) {
                return refusable(event, actor, () -> restrictions.impose(RestrictionDecision.of(c.id, o), actor),
                        reason -> SanctionMapper.refused(event, o, reason, clock.instant()));
            }
            if (event.detail() instanceof CaseConcluded concluded) {
                return concluded(c, concluded, actor);
            }
            if (event.detail() instanceof CaseEventDetail.CapacityFound found) {
                return records.recordCapacity(c.id, found, event.occurredAt());
            }
            if (event.detail() instanceof CaseEventDetail.PropertyReportBreached breached) {
                return records.recordReportingBreach(c.id, breached, event.occurredAt());
            }
            if (event.detail() instanceof CaseEventDetail.BankruptcyTransferDecided transfer) {
                return bankruptcy.transferred(c, transfer, actor);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> concluded(CaseRecord c, CaseConcluded concluded, String actor) {
        LocalDate on = LocalDate.ofInstant(c.lastEventAt, PlatformClock.ZONE);
        Uni<Integer> lifted = LiftReason.forConclusion(concluded.conclusionType())
                .map(reason -> lifting.liftCase(c.id, reason, on, actor))
                .orElse(Uni.createFrom().item(0));
        return lifted.chain(() -> goodFaith.onConclusion(c, on));
    }

    /**
     * Runs a court's decision. A rule refusal is thrown before anything is written, so the transaction is clean and
     * carries the refusal instead: the audit row and the REFUSED event with reason {@code <rule>: <why>}.
     */
    private Uni<Void> refusable(CaseEvent event, String actor, Supplier<Uni<?>> decision,
            Function<String, SanctionEvent> refusal) {
        Uni<?> run;
        try {
            run = decision.get();
        } catch (ProblemException e) {
            run = Uni.createFrom().failure(e);
        }
        return run.replaceWithVoid().onFailure(ProblemException.class).recoverWithUni(e -> {
            String rule = ((ProblemException) e).type().slug();
            return audit.append(actor, event.kind().name().toLowerCase(Locale.ROOT) + "-refused",
                    event.caseId().toString(), "event=" + event.eventId() + " rule=" + rule)
                    .chain(() -> exchange.publish(refusal.apply(rule + ": " + e.getMessage()), actor))
                    .replaceWithVoid();
        });
    }
}
