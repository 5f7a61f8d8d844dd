package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CreditRepair;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftObligation;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.credit.mapping.SanctionMapper;
import cn.lianxi.credit.repository.SanctionRepository;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/**
 * Lifts sanctions (删除失信信息 / 解除限制消费). The law allows no more than three working days after the trigger
 * (法释〔2017〕7号 art. 10): each lifting records its legal reason and the last day it was due, so late ones show.
 * A case-wide lifting on an art. 10 para. 1 ground spares the case's fixed-term listings (art. 10 para. 2).
 * All methods run inside the caller's transaction.
 */
@ApplicationScoped
public class SanctionLifting {

    public static final int WORKING_DAYS_ALLOWED = 3;
    /** Reasons an officer may give; the others come from their own procedures (expiry, correction, repair). */
    static final Set<LiftReason> OFFICER_REASONS = EnumSet.of(LiftReason.FULL_PERFORMANCE,
            LiftReason.SETTLEMENT_PERFORMED, LiftReason.APPLICANT_REQUEST,
            LiftReason.NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND, LiftReason.SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY,
            LiftReason.NON_ENFORCEMENT, LiftReason.TERMINATION, LiftReason.ACTIVE_PERFORMANCE);

    private final SanctionRepository sanctions;
    private final SanctionExchange exchange;
    private final WorkingDays workingDays;
    private final Clock clock;

    public SanctionLifting(SanctionRepository sanctions, SanctionExchange exchange, WorkingDays workingDays,
            Clock clock) {
        this.sanctions = sanctions;
        this.exchange = exchange;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The reason an officer gave, or a 400 naming the rule when it is missing or not a legal reason. */
    public static LiftReason officerReason(String reason) {
        return OFFICER_REASONS.stream().filter(r -> r.name().equals(reason)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest(ProblemType.LEGAL_REASON_REQUIRED, "reason",
                        "a lifting needs its legal reason, one of " + OFFICER_REASONS + " (法释〔2017〕7号 art. 10)"));
    }

    public LocalDate dueAfter(LocalDate trigger) {
        return workingDays.plusWorkingDays(trigger, WORKING_DAYS_ALLOWED);
    }

    /** Records the duty for the whole case and lifts at once what the reason lifts ({@link #caseLifting}). */
    public Uni<Integer> liftCase(UUID caseId, LiftReason reason, LocalDate triggeredOn, String actor) {
        LiftObligation duty = new LiftObligation();
        duty.id = UUID.randomUUID();
        duty.caseId = caseId;
        duty.reason = reason;
        duty.triggeredOn = triggeredOn;
        duty.dueBy = dueAfter(triggeredOn);
        duty.createdAt = clock.instant();
        return duty.persist().chain(() -> fulfil(duty, actor));
    }

    /**
     * An officer's case-wide lifting of case {@code c}, triggered today, as {@link #liftCase}; the 终本 ground only on
     * a case concluded by 终本 (art. 10 para. 1 item 4).
     */
    public Uni<Integer> liftCaseNow(CaseRecord c, LiftReason reason, String actor) {
        ListingRules.requireGroundHolds(reason, c.conclusionType);
        return liftCase(c.id, reason, PlatformClock.today(clock), actor);
    }

    /** What a case-wide lifting lifts: the listings and restriction orders it ends. */
    public record CaseLifting(List<DishonestListing> listings, List<RestrictionOrder> orders) {
    }

    /**
     * What a case-wide lifting of {@code caseId} for {@code reason} would lift now: every active listing, except
     * those with a fixed term when the reason is an art. 10 para. 1 ground (para. 2), and the active restriction
     * orders when the reason lifts them too.
     */
    public Uni<CaseLifting> caseLifting(UUID caseId, LiftReason reason) {
        return sanctions.activeListingsOfCase(caseId).chain(listings -> sanctions.activeRestrictionsOfCase(caseId)
                .map(orders -> new CaseLifting(
                        listings.stream().filter(l -> !(reason.isArticle10Ground() && l.hasFixedTerm())).toList(),
                        reason.liftsRestrictions() ? orders : List.of())));
    }

    /** Lifts what is still active under an open duty and closes it. */
    Uni<Integer> fulfil(LiftObligation duty, String actor) {
        return liftAllOfCase(duty.caseId, duty.reason, duty.dueBy, actor)
                .invoke(() -> duty.fulfilledAt = clock.instant());
    }

    public Uni<Void> liftListing(DishonestListing l, LiftReason reason, LocalDate dueBy, String actor) {
        return liftListing(l, reason, dueBy, actor, null);
    }

    public Uni<Void> liftRestriction(RestrictionOrder o, LiftReason reason, LocalDate dueBy, String actor) {
        return liftRestriction(o, reason, dueBy, actor, null);
    }

    /** {@code repairId}: the credit repair that lifts it, named on its events; null for any other lifting. */
    private Uni<Void> liftListing(DishonestListing l, LiftReason reason, LocalDate dueBy, String actor,
            UUID repairId) {
        requireActive(l.status);
        Instant now = clock.instant();
        l.end(SanctionStatus.LIFTED, reason, dueBy, now);
        l.repairId = repairId;
        return exchange.publish(SanctionMapper.listingEvent(l, SanctionChange.LIFTED, reason.name(), now)
                .byRepair(repairId), actor).replaceWithVoid();
    }

    private Uni<Void> liftRestriction(RestrictionOrder o, LiftReason reason, LocalDate dueBy, String actor,
            UUID repairId) {
        requireActive(o.status);
        Instant now = clock.instant();
        o.end(SanctionStatus.LIFTED, reason, dueBy, now);
        return sanctions.boundPersons(o.id).chain(bound -> exchange.publishAll(SanctionMapper
                .restrictionEvents(o, bound, SanctionChange.LIFTED, reason.name(), now).stream()
                .map(e -> e.byRepair(repairId)).toList(), actor));
    }

    /** A listing whose period ended: expired, due within three working days of the end (art. 10, last paragraph). */
    public Uni<Void> expire(DishonestListing l, String actor) {
        Instant now = clock.instant();
        l.end(SanctionStatus.EXPIRED, LiftReason.EXPIRY, dueAfter(l.validUntil), now);
        return exchange.publish(
                SanctionMapper.listingEvent(l, SanctionChange.EXPIRED, LiftReason.EXPIRY.name(), now), actor)
                .replaceWithVoid();
    }

    /**
     * Lifts what an approved credit repair (信用修复) covers: the active listings and / or restrictions of its
     * respondent on its case, reason {@code CREDIT_REPAIR}, each event naming the repair; due within three working
     * days as every lifting.
     */
    public Uni<Integer> liftRepaired(CreditRepair repair, String actor) {
        LocalDate dueBy = dueAfter(PlatformClock.today(clock));
        Set<SanctionKind> covered = repair.coveredKinds();
        return sanctions.activeListingsOfCase(repair.caseId).chain(listings -> sanctions
                .activeRestrictionsOfCase(repair.caseId).chain(orders -> {
                    List<DishonestListing> ls = covered.contains(SanctionKind.DISHONEST_LISTING) ? listings.stream()
                            .filter(l -> l.subjectId.equals(repair.subjectId)).toList() : List.of();
                    List<RestrictionOrder> os = covered.contains(SanctionKind.CONSUMPTION_RESTRICTION) ? orders
                            .stream().filter(o -> o.subjectId.equals(repair.subjectId)).toList() : List.of();
                    return liftEach(ls, os, LiftReason.CREDIT_REPAIR, dueBy, actor, repair.id);
                }));
    }

    private Uni<Integer> liftAllOfCase(UUID caseId, LiftReason reason, LocalDate dueBy, String actor) {
        return caseLifting(caseId, reason)
                .chain(what -> liftEach(what.listings(), what.orders(), reason, dueBy, actor, null));
    }

    private Uni<Integer> liftEach(List<DishonestListing> listings, List<RestrictionOrder> orders, LiftReason reason,
            LocalDate dueBy, String actor, UUID repairId) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DishonestListing l : listings) {
            chain = chain.call(() -> liftListing(l, reason, dueBy, actor, repairId));
        }
        for (RestrictionOrder o : orders) {
            chain = chain.call(() -> liftRestriction(o, reason, dueBy, actor, repairId));
        }
        return chain.replaceWith(listings.size() + orders.size());
    }

    static void requireActive(SanctionStatus status) {
        if (status != SanctionStatus.ACTIVE) {
            throw ProblemException.conflict(ProblemType.NOT_ACTIVE, "only an active sanction can be lifted");
        }
    }
}
