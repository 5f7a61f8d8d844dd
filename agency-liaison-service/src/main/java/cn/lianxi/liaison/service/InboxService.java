package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.config.ReferralConfig;
import cn.lianxi.liaison.repository.DuePosition;
import cn.lianxi.liaison.repository.ReferralRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * An agency's queue: list it, claim a batch under a lease, acknowledge. Always scoped to the caller's agency. The
 * first claim of a referral, or an acknowledgement of one never claimed, is its RETRIEVED receipt ({@link Receipts}).
 */
@ApplicationScoped
public class InboxService {

    private final ReferralRepository referrals;
    private final AuditLog audit;
    private final ReferralConfig config;
    private final Clock clock;
    private final Receipts receipts;

    public InboxService(ReferralRepository referrals, AuditLog audit, ReferralConfig config, Clock clock,
            Receipts receipts) {
        this.receipts = receipts;
        this.referrals = referrals;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * One page of the agency's referrals in queue order {@code (dueAt, id)}: after {@code after} when given (keyset
     * paging, as cheap deep in the queue as at its head), else by page number (offset, for shallow pages only).
     */
    @WithSession
    public Uni<ReferralPage> list(ReferralRepository.Filter filter, DuePosition after, int page, int size) {
        // one row more than the page tells whether a next page exists without counting
        Uni<List<Referral>> rows = after != null ? referrals.after(filter, after, size + 1)
                : referrals.page(filter, (long) page * size, size + 1);
        return rows.chain(list -> referrals.countUpTo(filter, ReferralPage.COUNT_CAP + 1).map(count -> {
            boolean more = list.size() > size;
            List<Referral> items = more ? list.subList(0, size) : list;
            Referral last = more ? items.get(size - 1) : null;
            return ReferralPage.of(items, count, last == null ? null : new DuePosition(last.dueAt, last.id));
        }));
    }

    /**
     * A referral of this agency. Another agency's referral is refused with 403 and nothing of its content; ids are
     * random UUIDs, so the refusal tells the caller nothing it could not already know.
     */
    @WithSession
    public Uni<Referral> own(String agencyId, UUID id) {
        return ownIn(agencyId, id);
    }

    Uni<Referral> ownIn(String agencyId, UUID id) {
        return referrals.findById(id).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("referral");
            }
            if (!r.agencyId.equals(agencyId)) {
                throw ProblemException.forbidden("this referral belongs to another agency");
            }
            return r;
        });
    }

    /**
     * Claims up to {@code max} referrals for {@code worker}; each stays with it until the lease runs out. Their audit
     * entries are recorded together, in one statement.
     */
    @WithTransaction
    public Uni<List<Referral>> claim(String agencyId, String worker, int max) {
        Instant now = clock.instant();
        Instant until = now.plus(config.lease());
        return referrals.lockClaimable(agencyId, now, max).call(list -> {
            for (Referral r : list) {
                r.status = ReferralStatus.DELIVERED;
                r.deliveredAt = r.deliveredAt == null ? now : r.deliveredAt;
                r.leaseUntil = until;
                r.leaseHolder = worker;
            }
            return audit.appendAll(list.stream().map(r -> new AuditLog.NewEntry(worker, "referral-claimed",
                    r.id.toString(), "lease-until=" + until)).toList())
                    .chain(() -> Multi.createFrom().iterable(list).onItem()
                            .transformToUniAndConcatenate(r -> receipts.retrieved(r, now)).collect().last());
        });
    }

    /** The agency confirms it is working on the referral; repeating it is harmless. */
    @WithTransaction
    public Uni<Referral> acknowledge(String agencyId, UUID id, String actor) {
        return ownIn(agencyId, id).call(r -> {
            if (r.status == ReferralStatus.ACKNOWLEDGED) {
                return Uni.createFrom().voidItem();
            }
            if (!r.status.isOpen()) {
                throw ProblemException.conflict(ProblemType.REFERRAL_CLOSED, "the referral is already " + r.status);
            }
            Instant now = clock.instant();
            r.status = ReferralStatus.ACKNOWLEDGED;
            r.deliveredAt = r.deliveredAt == null ? now : r.deliveredAt;
            r.acknowledgedAt = now;
            r.leaseUntil = null;
            return receipts.retrieved(r, now)
                    .chain(() -> audit.append(actor, "referral-acknowledged", r.id.toString(), "agency=" + agencyId));
        });
    }

}
