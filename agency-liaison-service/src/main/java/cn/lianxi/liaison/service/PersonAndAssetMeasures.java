package cn.lianxi.liaison.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.contracts.AgencyStatus;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail.AuctionHandoffOrdered;
import cn.lianxi.contracts.CaseEventDetail.CaseConcluded;
import cn.lianxi.contracts.CaseEventDetail.ExitBanLiftingOrdered;
import cn.lianxi.contracts.CaseEventDetail.ExitBanOrdered;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.mapping.SealedOrder;
import cn.lianxi.liaison.repository.AgencyRepository;
import cn.lianxi.liaison.repository.ReferralRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The measures on a person and on seized property, as referrals: an exit ban (限制出境, 民事诉讼法 2023 art. 266) and its
 * lifting go to the police of the court's jurisdiction, who register it with the border authority; a seized asset
 * goes to a judicial auction platform (网络司法拍卖, 法释〔2016〕18号 art. 2) with its reserve price in the payload's
 * {@code amount} and its description in {@code note}. A case concluded by performance lifts its registered exit
 * bans (法释〔2008〕13号 art. 38: once the debt is performed in full, the ban is lifted promptly). An order no agency
 * can take is refused back to the court (UNROUTABLE). Runs inside the case event's transaction.
 */
@ApplicationScoped
public class PersonAndAssetMeasures {

    /** The conclusions that mean the debt was performed (执行完毕, 和解履行完毕). */
    private static final List<ConclusionType> PERFORMED = List.of(ConclusionType.FULL_PERFORMANCE,
            ConclusionType.SETTLEMENT_PERFORMED);

    private final ReferralFactory factory;
    private final AgencyRepository agencies;
    private final ReferralRepository referrals;
    private final ReferralEvents events;
    private final Json json;

    public PersonAndAssetMeasures(ReferralFactory factory, AgencyRepository agencies, ReferralRepository referrals,
            ReferralEvents events, Json json) {
        this.factory = factory;
        this.agencies = agencies;
        this.referrals = referrals;
        this.events = events;
        this.json = json;
    }

    public Uni<Void> exitBan(CaseEvent e, ExitBanOrdered o) {
        return toPolice(e, ReferralKind.EXIT_BAN, new ReferralPayload(o.respondent(), null, null, null, o.requestId(),
                null, null, null, o.reason(), o.orderedBy(), o.legalBasis()));
    }

    public Uni<Void> exitBanLifting(CaseEvent e, ExitBanLiftingOrdered o) {
        String note = "解除限制出境 of order " + o.exitBanRequestId() + (o.reason() == null ? "" : ": " + o.reason());
        return toPolice(e, ReferralKind.EXIT_BAN_LIFTING, new ReferralPayload(o.respondent(), null, null, null,
                o.requestId(), null, null, null, note, o.orderedBy(), o.legalBasis()));
    }

    public Uni<Void> auction(CaseEvent e, AuctionHandoffOrdered o) {
        ReferralPayload payload = new ReferralPayload(o.respondent(), null, o.reservePrice(), null, o.requestId(),
                null, null, null, o.assetDescription(), o.orderedBy(), o.legalBasis());
        return platform(o.agencyId()).chain(p -> p == null
                ? unroutable(e, ReferralKind.JUDICIAL_AUCTION, o.agencyId() == null
                        ? "no active judicial auction platform" : "no active auction platform " + o.agencyId())
                : create(e, p, ReferralKind.JUDICIAL_AUCTION, payload));
    }

    /**
     * Every exit ban of the case the police registered and nobody has lifted (or is lifting) is lifted, when the case
     * was concluded by performance; the platform orders it, so the lifting names no officer.
     */
    public Uni<Void> liftOnPerformance(CaseEvent e, CaseConcluded conclusion) {
        if (!PERFORMED.contains(conclusion.conclusionType())) {
            return Uni.createFrom().voidItem();
        }
        return referrals.registeredExitBansNotLifted(e.caseId()).chain(bans -> Multi.createFrom().iterable(bans)
                .onItem().transformToUniAndConcatenate(ban -> lift(e, ban, conclusion))
                .collect().asList().replaceWithVoid());
    }

    private Uni<Void> lift(CaseEvent e, Referral ban, CaseConcluded conclusion) {
        ReferralPayload order = json.stored(ban.payload, ReferralPayload.class);
        ReferralPayload lifting = new ReferralPayload(order.respondent(), null, null, null,
                "exit-ban-lifting:" + order.requestId(), null, null, null, "解除限制出境 of order " + order.requestId()
                        + ": the case was concluded (" + conclusion.conclusionType() + ")", null, null);
        return agencies.findById(ban.agencyId).chain(police -> police == null || police.status != AgencyStatus.ACTIVE
                ? toPolice(e, ReferralKind.EXIT_BAN_LIFTING, lifting)
                : create(e, police, ReferralKind.EXIT_BAN_LIFTING, lifting));
    }

    private Uni<Void> toPolice(CaseEvent e, ReferralKind kind, ReferralPayload payload) {
        return agencies.activeForCourt(AgencyKind.POLICE, e.courtCode()).chain(police -> police == null
                ? unroutable(e, kind, "no active police bureau serves this court")
                : create(e, police, kind, payload));
    }

    /** The platform the court named, when it is an active auction platform; else the first active one. */
    private Uni<Agency> platform(String agencyId) {
        if (agencyId != null) {
            return agencies.findById(agencyId).map(a -> a != null && a.status == AgencyStatus.ACTIVE
                    && a.kind == AgencyKind.AUCTION_PLATFORM ? a : null);
        }
        return agencies.search(AgencyKind.AUCTION_PLATFORM, AgencyStatus.ACTIVE)
                .map(list -> list.isEmpty() ? null : list.get(0));
    }

    private Uni<Void> create(CaseEvent e, Agency agency, ReferralKind kind, ReferralPayload payload) {
        return factory.create(new NewReferral(e.caseId(), e.caseNumber(), e.courtCode(), agency.id, kind, payload,
                e.eventId(), CaseEventRouter.ACTOR, null, SealedOrder.of(e))).replaceWithVoid();
    }

    private Uni<Void> unroutable(CaseEvent e, ReferralKind kind, String why) {
        return events.unroutable(e.caseId(), e.courtCode(), kind, why, null).replaceWithVoid();
    }
}
