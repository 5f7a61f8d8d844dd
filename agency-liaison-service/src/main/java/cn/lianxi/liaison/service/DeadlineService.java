package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.tracing.JobSpans;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.config.ReferralConfig;
import cn.lianxi.liaison.repository.FreezeRepository;
import cn.lianxi.liaison.repository.ReferralRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The deadline keeper (数据铁笼): returns lapsed leases to the queue, escalates referrals past their due time (an
 * ESCALATED outcome, and they appear on the agency's and the office's overdue lists), expires those past their grace,
 * announces active freezes nearing their end so the court can renew them (续冻), and lapses those past their end
 * unrenewed (FREEZE_LAPSED, once; the next queued freeze of the account then takes effect, {@link FreezeLedger}).
 * Rows are locked with SKIP LOCKED, so overlapping sweeps (several instances) never handle one referral twice. Each sweep runs in a span of its own, so the
 * outcomes it publishes carry a {@code traceparent} like those a request publishes.
 */
@ApplicationScoped
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class);
    private static final String ACTOR = "deadline-keeper";
    private static final int BATCH = 200;

    private final ReferralRepository referrals;
    private final FreezeRepository freezes;
    private final FreezeLedger ledger;
    private final ReferralEvents events;
    private final CriminalWorkflow criminal;
    private final AuditLog audit;
    private final ReferralConfig config;
    private final Clock clock;
    private final JobSpans spans;

    public DeadlineService(ReferralRepository referrals, FreezeRepository freezes, FreezeLedger ledger,
            ReferralEvents events, CriminalWorkflow criminal, AuditLog audit, ReferralConfig config, Clock clock,
            JobSpans spans) {
        this.referrals = referrals;
        this.freezes = freezes;
        this.ledger = ledger;
        this.events = events;
        this.criminal = criminal;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.spans = spans;
    }

    /** How many referrals one sweep touched, per rule. */
    public record Sweep(int leasesReturned, int escalated, int expired, int freezesLapsed, int freezeWarnings) {
    }

    @Scheduled(every = "${lianxi.deadlines.every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().invoke(s -> {
            if (s.escalated() + s.expired() + s.leasesReturned() + s.freezesLapsed() + s.freezeWarnings() > 0) {
                LOG.infof("deadline sweep: %s", s);
            }
        }).replaceWithVoid();
    }

    public Uni<Sweep> sweep() {
        return spans.traced("deadline-sweep", this::sweepAllRules);
    }

    private Uni<Sweep> sweepAllRules() {
        return drain(() -> referrals.lockLapsedLeases(clock.instant(), BATCH), this::returnToQueue)
                .chain(leases -> drain(() -> referrals.lockNewlyOverdue(clock.instant(), BATCH), this::escalate)
                        .chain(escalated -> drain(() -> referrals.lockExpired(clock.instant(), BATCH), this::expire)
                                .chain(expired -> drain(() -> freezes.lockLapsed(clock.instant(), BATCH), ledger::lapse)
                                        .chain(lapsed -> drain(() -> freezes.lockEndingBefore(clock.instant(),
                                                config.freezeWarningHorizon(clock), BATCH), this::warnFreeze)
                                                .map(warned -> new Sweep(leases, escalated, expired, lapsed,
                                                        warned))))));
    }

    private Uni<Void> returnToQueue(Referral r) {
        r.status = ReferralStatus.QUEUED;
        r.leaseUntil = null;
        String holder = r.leaseHolder;
        r.leaseHolder = null;
        return audit.append(ACTOR, "lease-lapsed", r.id.toString(), "holder=" + holder);
    }

    private Uni<Void> escalate(Referral r) {
        Instant now = clock.instant();
        r.escalatedAt = now;
        return audit.append(ACTOR, "referral-escalated", r.id.toString(), "agency=" + r.agencyId + " due=" + r.dueAt)
                .call(() -> events.outcome(r, OutcomeType.ESCALATED, "no answer by " + r.dueAt + " ("
                        + Duration.between(r.dueAt, now).toMinutes() + " minutes overdue, " + r.status + ")"))
                .call(() -> criminal.onPoliceLate(r));
    }

    private Uni<Void> expire(Referral r) {
        r.status = ReferralStatus.EXPIRED;
        r.expiredAt = clock.instant();
        r.outcome = OutcomeType.EXPIRED;
        r.leaseUntil = null;
        return audit.append(ACTOR, "referral-expired", r.id.toString(), "agency=" + r.agencyId)
                .call(() -> events.outcome(r, OutcomeType.EXPIRED, "no answer before " + r.expiresAt))
                .replaceWithVoid();
    }

    private Uni<Void> warnFreeze(Referral r) {
        r.freezeWarnedAt = clock.instant();
        return audit.append(ACTOR, "freeze-expiring", r.id.toString(), "until=" + r.freezeUntil + " ends=" + r.freezeEndsAt)
                .call(() -> events.outcome(r, OutcomeType.FREEZE_EXPIRING, "the freeze lapses at " + r.freezeEndsAt
                        + " (last day " + r.freezeUntil + ") unless the court renews it"))
                .replaceWithVoid();
    }


    /** Handles batches, each in its own transaction, until a batch comes back short. */
    private Uni<Integer> drain(Supplier<Uni<List<Referral>>> lock, Function<Referral, Uni<Void>> action) {
        return Panache.withTransaction(() -> lock.get().call(list -> Multi.createFrom().iterable(list)
                .onItem().<Void>transformToUniAndConcatenate(action::apply).collect().last()).map(List::size))
                .chain(n -> n < BATCH ? Uni.createFrom().item(n) : drain(lock, action).map(more -> n + more));
    }
}
