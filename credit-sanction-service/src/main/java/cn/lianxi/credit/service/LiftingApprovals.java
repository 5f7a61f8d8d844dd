package cn.lianxi.credit.service;

import java.time.Clock;
import java.util.List;
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
 */
@ApplicationScoped
public class LiftingApprovals {

    /** A lifting as an officer asked for it. */
    public record Lifting(SanctionKind kind, UUID sanctionId, LiftReason reason, String note) {
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
        return early(asked).chain(caseId -> {
            if (caseId == null || !config.of(asked.kind()).required()) {
                return Uni.createFrom().nullItem();
            }
            return LiftingApproval.count("sanctionId = ?1 and status = ?2", asked.sanctionId(),
                    LiftingApproval.Status.PENDING).chain(pending -> {
                        if (pending > 0) {
                            throw ProblemException.conflict(ProblemType.LIFTING_PENDING,
                                    "a lifting of this sanction already awaits a second officer");
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

    /** Whether the approver roles of {@code kind} include one the caller holds, as the configuration says. */
    public boolean approverRoleOf(SanctionKind kind, Predicate<String> holds) {
        return config.of(kind).approverRoles().stream().anyMatch(holds);
    }

    /** The sanction's case id when the lifting is early, null when it is not; fails with the lifting's refusals. */
    private Uni<UUID> early(Lifting asked) {
        if (asked.kind() == SanctionKind.DISHONEST_LISTING) {
            return listings.get(asked.sanctionId()).chain(l -> cases.get(l.caseId).map(c -> {
                SanctionLifting.requireActive(l.status);
                ListingRules.requireLiftable(l, asked.reason());
                ListingRules.requireGroundHolds(asked.reason(), c.conclusionType);
                return LiftingSupervision.early(l, c) ? c.id : null;
            }));
        }
        return restrictions.get(asked.sanctionId()).chain(o -> cases.get(o.caseId).map(c -> {
            SanctionLifting.requireActive(o.status);
            return LiftingSupervision.early(c) ? c.id : null;
        }));
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
        if (a.sanctionKind == SanctionKind.DISHONEST_LISTING) {
            return listings.lift(a.sanctionId, a.reason, a.requestedBy).replaceWithVoid();
        }
        return restrictions.get(a.sanctionId).chain(o -> lifting.liftRestriction(o, a.reason,
                lifting.dueAfter(PlatformClock.today(clock)), a.requestedBy));
    }

    private Uni<Void> audited(LiftingApproval a, String action) {
        return audit.append(a.decidedBy != null ? a.decidedBy : a.requestedBy, action, a.caseId.toString(),
                "approval=" + a.id + " sanction=" + a.sanctionKind + ":" + a.sanctionId + " reason=" + a.reason
                        + " requestedBy=" + a.requestedBy + " decidedBy=" + a.decidedBy + " status=" + a.status)
                .replaceWithVoid();
    }
}
