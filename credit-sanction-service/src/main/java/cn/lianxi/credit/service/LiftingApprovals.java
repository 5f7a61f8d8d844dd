package cn.lianxi.credit.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.LiftingApproval;
import cn.lianxi.credit.config.SupervisionConfig;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/**
 * Supervision of early liftings (制度铁笼): an officer's lifting of a listing before its term or before performance,
 * or of a restriction before performance ({@link LiftingSupervision#early}), that the configuration puts under
 * approval is not applied but kept as a request; another credit officer with an approver role approves it, and the
 * very lifting asked for then runs in the approval's transaction (as the requester's), or rejects it with a reason.
 * Every step is audited under the case, naming both officers. All methods run inside the caller's transaction.
 *
 * <p>A case-wide lifting ({@link Lifting#ofCase}) that lifts anything early is one request for the whole case, not
 * one per sanction: the officer asked for one act, which also records the case's lifting duty (a restriction is then
 * refused on the case) and is due within three working days as a whole; split into per-sanction requests, a second
 * officer could approve half of it, the duty would be lost, and what lifts at once would be mixed with what waits.
 * It is supervised when a kind it lifts early is ({@link LiftingSupervision#earlyKinds}); the approval runs the
 * case-wide lifting as of that day, so it lifts what is then active, and its approver holds an approver role of
 * every kind of sanction.
 */
@ApplicationScoped
public class LiftingApprovals {

    /**
     * A lifting as an officer asked for it: of one sanction ({@code kind}, {@code sanctionId}; {@code caseId} null,
     * it is the sanction's), or, those null, of every sanction of case {@code caseId} the reason lifts.
     */
    public record Lifting(UUID caseId, SanctionKind kind, UUID sanctionId, LiftReason reason, String note) {

        public static Lifting of(SanctionKind kind, UUID sanctionId, LiftReason reason, String note) {
            return new Lifting(null, kind, sanctionId, reason, note);
        }

        public static Lifting ofCase(UUID caseId, LiftReason reason, String note) {
            return new Lifting(caseId, null, null, reason, note);
        }

        boolean caseWide() {
            return sanctionId == null;
        }
    }

    private final ListingService listings;
    private final RestrictionService restrictions;
    private final SanctionLifting lifting;
    private final CaseRecords cases;
    private final SupervisionConfig config;
    private final AuditLog audit;
    private final Clock clock;

    public LiftingApprovals(ListingService listings, RestrictionService restrictions, SanctionLifting lifting,
            CaseRecords cases, SupervisionConfig config, AuditLog audit, Clock clock) {
        this.listings = listings;
        this.restrictions = restrictions;
        this.lifting = lifting;
        this.cases = cases;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The request for approval of {@code asked}, or null when it is not supervised (not early, or its policy is off)
     * and the caller lifts at once. The lifting's own refusals (not active, a reason the listing does not take) come
     * first, so no approver is asked for a lifting that cannot happen.
     */
    public Uni<LiftingApproval> requestIfEarly(Lifting asked, String actor) {
        return supervisedCase(asked).chain(caseId -> {
            if (caseId == null) {
                return Uni.createFrom().nullItem();
            }
            Uni<Long> pending = asked.caseWide()
                    ? LiftingApproval.count("caseId = ?1 and sanctionId is null and status = ?2", caseId,
                            LiftingApproval.Status.PENDING)
                    : LiftingApproval.count("sanctionId = ?1 and status = ?2", asked.sanctionId(),
                            LiftingApproval.Status.PENDING);
            return pending.chain(n -> {
                if (n > 0) {
                    throw ProblemException.conflict(ProblemType.LIFTING_PENDING, "a lifting of this "
                            + (asked.caseWide() ? "case" : "sanction") + " already awaits a second officer");
                }
                return create(caseId, asked, actor);
            });
        });
    }

    /** A second officer's approval: the lifting runs as requested, in this transaction, or nothing does. */
    public Uni<LiftingApproval> approve(UUID id, String decider, boolean holdsApproverRole) {
        return decide(id, decider, holdsApproverRole).call(a -> {
            a.status = LiftingApproval.Status.APPROVED;
            return audited(a, "lifting-approval-approved").chain(() -> apply(a));
        });
    }

    /** A second officer's rejection, with the reason: the sanction stays as it is. */
    public Uni<LiftingApproval> reject(UUID id, String reason, String decider, boolean holdsApproverRole) {
        return decide(id, decider, holdsApproverRole).call(a -> {
            a.status = LiftingApproval.Status.REJECTED;
            a.rejectionReason = reason;
            return audited(a, "lifting-approval-rejected");
        });
    }

    public Uni<LiftingApproval> get(UUID id) {
        return LiftingApproval.<LiftingApproval>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("lifting approval"));
    }

    /** Oldest first: the longest waiting on top; {@code status} null: any. */
    public Uni<List<LiftingApproval>> list(LiftingApproval.Status status) {
        return status == null ? LiftingApproval.list("order by requestedAt, id")
                : LiftingApproval.list("status = ?1 order by requestedAt, id", status);
    }

    /**
     * Whether the caller holds an approver role of {@code a}'s sanction kind, as the configuration says; of each kind
     * for a case-wide lifting, which may lift both.
     */
    public boolean approverRoleOf(LiftingApproval a, Predicate<String> holds) {
        Set<SanctionKind> kinds = a.caseWide() ? EnumSet.allOf(SanctionKind.class) : EnumSet.of(a.sanctionKind);
        return kinds.stream().allMatch(k -> config.of(k).approverRoles().stream().anyMatch(holds));
    }

    /**
     * The case id when the lifting is early in a kind whose policy requires approval, null when it is not supervised;
     * fails with the lifting's refusals.
     */
    private Uni<UUID> supervisedCase(Lifting asked) {
        if (asked.caseWide()) {
            return cases.get(asked.caseId()).chain(c -> {
                ListingRules.requireGroundHolds(asked.reason(), c.conclusionType);
                return lifting.caseLifting(c.id, asked.reason())
                        .map(what -> supervised(LiftingSupervision.earlyKinds(what, c)) ? c.id : null);
            });
        }
        if (asked.kind() == SanctionKind.DISHONEST_LISTING) {
            return listings.get(asked.sanctionId()).chain(l -> cases.get(l.caseId).map(c -> {
                SanctionLifting.requireActive(l.status);
                ListingRules.requireLiftable(l, asked.reason());
                ListingRules.requireGroundHolds(asked.reason(), c.conclusionType);
                return LiftingSupervision.early(l, c) && supervised(Set.of(asked.kind())) ? c.id : null;
            }));
        }
        return restrictions.get(asked.sanctionId()).chain(o -> cases.get(o.caseId).map(c -> {
            SanctionLifting.requireActive(o.status);
            return LiftingSupervision.early(c) && supervised(Set.of(asked.kind())) ? c.id : null;
        }));
    }

    /** Whether the configuration puts an early lifting of any of {@code earlyKinds} under approval. */
    private boolean supervised(Set<SanctionKind> earlyKinds) {
        return earlyKinds.stream().anyMatch(k -> config.of(k).required());
    }

    private Uni<LiftingApproval> create(UUID caseId, Lifting asked, String actor) {
        LiftingApproval a = new LiftingApproval();
        a.id = UUID.randomUUID();
        a.sanctionKind = asked.kind();
        a.sanctionId = asked.sanctionId();
        a.caseId = caseId;
        a.reason = asked.reason();
        a.note = asked.note();
        a.status = LiftingApproval.Status.PENDING;
        a.requestedBy = actor;
        a.requestedAt = clock.instant();
        return a.<LiftingApproval>persist().call(() -> audited(a, "lifting-approval-requested"));
    }

    /** The request, row-locked so two officers cannot both decide it, once the decider is checked. */
    private Uni<LiftingApproval> decide(UUID id, String decider, boolean holdsApproverRole) {
        return LiftingApproval.<LiftingApproval>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("lifting approval")).invoke(a -> {
                    LiftingSupervision.checkDecider(a, decider, holdsApproverRole);
                    a.decidedBy = decider;
                    a.decidedAt = clock.instant();
                });
    }

    /** The lifting as it was asked for, by its requester. */
    private Uni<Void> apply(LiftingApproval a) {
        if (a.caseWide()) {
            return cases.get(a.caseId).chain(c -> lifting.liftCaseNow(c, a.reason, a.requestedBy)).replaceWithVoid();
        }
        if (a.sanctionKind == SanctionKind.DISHONEST_LISTING) {
            return listings.lift(a.sanctionId, a.reason, a.requestedBy).replaceWithVoid();
        }
        return restrictions.get(a.sanctionId).chain(o -> lifting.liftRestriction(o, a.reason,
                lifting.dueAfter(PlatformClock.today(clock)), a.requestedBy));
    }

    private Uni<Void> audited(LiftingApproval a, String action) {
        return audit.append(a.decidedBy != null ? a.decidedBy : a.requestedBy, action, a.caseId.toString(),
                "approval=" + a.id + " sanction=" + (a.caseWide() ? "case" : a.sanctionKind + ":" + a.sanctionId)
                        + " reason=" + a.reason
                        + " requestedBy=" + a.requestedBy + " decidedBy=" + a.decidedBy + " status=" + a.status)
                .replaceWithVoid();
    }
}
