package cn.lianxi.liaison.service;

import cn.lianxi.contracts.AgencyStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail.AccountOrder;
import cn.lianxi.contracts.CaseEventDetail.AssetInquiryRequested;
import cn.lianxi.contracts.CaseEventDetail.AuctionHandoffOrdered;
import cn.lianxi.contracts.CaseEventDetail.ExitBanLiftingOrdered;
import cn.lianxi.contracts.CaseEventDetail.ExitBanOrdered;
import cn.lianxi.contracts.CaseEventDetail.MeasureCancelled;
import cn.lianxi.contracts.CaseEventDetail.CaseConcluded;
import cn.lianxi.contracts.CaseEventDetail.CaseFiled;
import cn.lianxi.contracts.CaseEventDetail.MeasureOrdered;
import cn.lianxi.contracts.CaseEventDetail.RefusalReported;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.mapping.SealedOrder;
import cn.lianxi.liaison.repository.AgencyRepository;
import io.smallrye.mutiny.Uni;

/**
 * Turns case events into referrals: a filed case or an asset inquiry fans out to every bank (总对总); a freeze,
 * unfreeze or deduction order goes to the bank named in the event; a refusal report starts a 拒执罪 referral to the
 * police of the court's jurisdiction; a renewal (续冻), unfreeze or deduction is linked to the freeze it names; a
 * conclusion withdraws the case's open referrals ({@link CaseConclusions}), and so does the cancellation (撤销) of one
 * measure; an exit ban, its lifting and an auction hand-off go to the police or the auction platform
 * ({@link PersonAndAssetMeasures}). An order no agency can take is refused back to the court (UNROUTABLE, with the
 * reason, on the case timeline). Runs inside the idempotent consumer's transaction.
 */
@ApplicationScoped
public class CaseEventRouter {

    static final String ACTOR = "agency-liaison-service";

    /** Every other kind (payments, listings, outcomes case-service recorded, …) concerns no agency of liaison. */
    private static final Set<CaseEventKind> ROUTED = EnumSet.of(CaseEventKind.CASE_FILED,
            CaseEventKind.ASSET_INQUIRY_REQUESTED, CaseEventKind.FREEZE_ORDERED, CaseEventKind.FREEZE_RENEWAL_ORDERED,
            CaseEventKind.UNFREEZE_ORDERED, CaseEventKind.DEDUCTION_ORDERED, CaseEventKind.REFUSAL_REPORTED,
            CaseEventKind.CASE_CONCLUDED, CaseEventKind.EXIT_BAN_ORDERED, CaseEventKind.EXIT_BAN_LIFTING_ORDERED,
            CaseEventKind.AUCTION_HANDOFF_ORDERED, CaseEventKind.MEASURE_CANCELLED);
    private static final Set<String> ROUTED_TYPES = ROUTED.stream().map(CaseEventKind::ceType)
            .collect(Collectors.toUnmodifiableSet());

    private final ReferralFactory factory;
    private final CriminalWorkflow criminal;
    private final AgencyRepository agencies;
    private final ReferralEvents events;
    private final AuditLog audit;
    private final FreezeLedger freezes;
    private final CaseConclusions conclusions;
    private final PersonAndAssetMeasures measures;

    public CaseEventRouter(ReferralFactory factory, CriminalWorkflow criminal, AgencyRepository agencies,
            ReferralEvents events, AuditLog audit, FreezeLedger freezes, CaseConclusions conclusions,
            PersonAndAssetMeasures measures) {
        this.measures = measures;
        this.freezes = freezes;
        this.conclusions = conclusions;
        this.factory = factory;
        this.criminal = criminal;
        this.agencies = agencies;
        this.events = events;
        this.audit = audit;
    }

    /** Whether events of this kind create anything here. */
    public static boolean routes(CaseEventKind kind) {
        return ROUTED.contains(kind);
    }

    /** The same, told from the record's CloudEvents type, so an ignored record is skipped without parsing it. */
    public static boolean routesType(String ceType) {
        return ROUTED_TYPES.contains(ceType);
    }

    public Uni<Void> route(CaseEvent e) {
        // Java 17: a switch over the sealed detail's patterns is still a preview feature, so instanceof patterns
        if (e.detail() instanceof CaseFiled) {
            // the platform's own 总对总 search on filing: no officer ordered it, so none is named
            return bankInquiry(e, e.respondents(), null, null, null);
        }
        if (e.detail() instanceof AssetInquiryRequested inquiry) {
            return bankInquiry(e, inquiry.respondent() == null ? e.respondents() : List.of(inquiry.respondent()),
                    inquiry.requestId(), inquiry.orderedBy(), inquiry.legalBasis());
        }
        if (e.detail() instanceof MeasureOrdered measure) {
            return bankMeasure(e, measure);
        }
        if (e.detail() instanceof CaseConcluded conclusion) {
            return conclusions.concluded(e, conclusion).chain(() -> measures.liftOnPerformance(e, conclusion));
        }
        if (e.detail() instanceof ExitBanOrdered exitBan) {
            return measures.exitBan(e, exitBan);
        }
        if (e.detail() instanceof ExitBanLiftingOrdered lifting) {
            return measures.exitBanLifting(e, lifting);
        }
        if (e.detail() instanceof AuctionHandoffOrdered auction) {
            return measures.auction(e, auction);
        }
        if (e.detail() instanceof MeasureCancelled cancelled) {
            return conclusions.measureCancelled(e, cancelled).replaceWithVoid();
        }
        if (e.detail() instanceof RefusalReported refusal) {
            return criminal.start(e.caseId(), e.caseNumber(), e.courtCode(),
                    lead(refusal), e.eventId(), ACTOR, SealedOrder.of(e)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** Every bank sees who asked and on which document, beside whom it is asked about. */
    private Uni<Void> bankInquiry(CaseEvent e, List<PartyRef> asked, String requestId, Officer orderedBy,
            LegalBasis legalBasis) {
        List<ReferralPayload> payloads = asked.stream().map(p -> new ReferralPayload(p, null, null, null, requestId,
                null, null, null, null, orderedBy, legalBasis)).toList();
        return factory.fanOut(e.caseId(), e.caseNumber(), e.courtCode(), payloads, e.eventId(), ACTOR, SealedOrder.of(e))
                .replaceWithVoid();
    }

    private Uni<Void> bankMeasure(CaseEvent e, MeasureOrdered measure) {
        AccountOrder order = measure.order();
        ReferralKind kind = measure.referralKind();
        return bankNamedIn(order).chain(bank -> {
            if (bank == null) {
                return unroutable(e, kind, "no active bank matches the order's "
                        + (order.agencyId() != null ? "agencyId " + order.agencyId() : "bankCode " + order.bankCode()));
            }
            if (kind == ReferralKind.FREEZE) {
                return create(e, bank, kind, order).replaceWithVoid();
            }
            return freezes.freezeNamedBy(e.caseId(), bank.id, order.freezeRequestId(), order.accountNumber())
                    .chain(freeze -> linkedMeasure(e, bank, kind, order, freeze));
        });
    }

    /**
     * A renewal, unfreeze or deduction, linked to the freeze it extends, releases or draws on. A renewal needs a
     * freeze that still stands (a lapsed or released one cannot be renewed): otherwise the court hears why at once.
     */
    private Uni<Void> linkedMeasure(CaseEvent e, Agency bank, ReferralKind kind, AccountOrder order, Referral freeze) {
        if (kind == ReferralKind.FREEZE_RENEWAL && (freeze == null || !FreezeLedger.standing(freeze))) {
            return unroutable(e, kind, "no standing freeze of this case to renew: " + (freeze == null
                    ? "none matches " + (order.freezeRequestId() != null ? "freezeRequestId " + order.freezeRequestId()
                            : "account " + order.accountNumber() + " at " + bank.id)
                    : "freeze " + freeze.id + " is "
                            + (freeze.freezeState != null ? freeze.freezeState : freeze.status)));
        }
        return create(e, bank, kind, order).invoke(r -> {
            r.freezeRequestId = order.freezeRequestId();
            r.linkedFreezeId = freeze == null ? null : freeze.id;
        }).replaceWithVoid();
    }

    private Uni<Referral> create(CaseEvent e, Agency bank, ReferralKind kind, AccountOrder order) {
        ReferralPayload payload = new ReferralPayload(order.respondent(), order.accountNumber(), order.amount(),
                order.bankCode(), order.requestId(), null, null, null, null, order.orderedBy(), order.legalBasis());
        return factory.create(new NewReferral(e.caseId(), e.caseNumber(), e.courtCode(), bank.id, kind, payload,
                e.eventId(), ACTOR, null, SealedOrder.of(e)));
    }

    /** The executing agency when the court named one, else the active bank of the bank code. */
    private Uni<Agency> bankNamedIn(AccountOrder order) {
        if (order.agencyId() != null) {
            return agencies.findById(order.agencyId())
                    .map(a -> a != null && a.status == AgencyStatus.ACTIVE && a.kind == AgencyKind.BANK ? a : null);
        }
        return order.bankCode() == null ? Uni.createFrom().nullItem() : agencies.activeBankByCode(order.bankCode());
    }

    private static ReferralPayload lead(RefusalReported refusal) {
        return new ReferralPayload(refusal.respondent(), null, null, null, null, refusal.evidenceSummary(), null,
                null, null, refusal.orderedBy(), refusal.legalBasis());
    }

    private Uni<Void> unroutable(CaseEvent e, ReferralKind kind, String why) {
        return audit.append(ACTOR, "referral-unroutable", e.caseId().toString(), "kind=" + kind + " event=" + e.eventId())
                .chain(() -> events.unroutable(e.caseId(), e.courtCode(), kind, why, null))
                .replaceWithVoid();
    }
}
