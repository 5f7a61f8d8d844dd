package cn.lianxi.cases.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.RoundEndSearch;
import cn.lianxi.cases.config.RoundEndConfig;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.repository.RoundEndSearchRepository;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.tracing.JobSpans;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * 终本后定期查询: after 终本 the court searches the debtor's assets through the nationwide network every six months
 * for five years (法〔2016〕373号 art. 9 para. 2); the platform does it itself. 终本 starts a schedule, a resumption
 * ends it. Each due search is an ASSET_INQUIRY_REQUESTED case event marked {@code scheduled}, on the timeline and
 * through the outbox in the transaction that advances the schedule, so a search happens exactly once whatever the
 * restarts; overlapping sweeps skip each other's rows.
 */
@ApplicationScoped
public class RoundEndSearches {

    static final String ACTOR = "platform:round-end-search";
    private static final Logger LOG = Logger.getLogger(RoundEndSearches.class);
    private static final int BATCH = 100;

    private final RoundEndSearchRepository schedules;
    private final CaseRepository cases;
    private final CaseChangeWriter writer;
    private final AuditLog audit;
    private final RoundEndConfig config;
    private final Clock clock;
    private final JobSpans spans;

    public RoundEndSearches(RoundEndSearchRepository schedules, CaseRepository cases, CaseChangeWriter writer,
            AuditLog audit, RoundEndConfig config, Clock clock, JobSpans spans) {
        this.schedules = schedules;
        this.cases = cases;
        this.writer = writer;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.spans = spans;
    }

    /** Concluded as 终本: not finally concluded, may be resumed. */
    public static boolean isRoundEnd(EnforcementCase c) {
        return c.status == CaseStatus.CONCLUDED && c.conclusionType == ConclusionType.TERMINATION_OF_THIS_ROUND;
    }

    /**
     * After a change of {@code c}: a new 终本 starts (or restarts) the schedule, leaving 终本 (a resumption) ends it.
     * Must run in the change's transaction.
     */
    Uni<Void> follow(EnforcementCase c, boolean wasRoundEnd) {
        boolean roundEnd = isRoundEnd(c);
        if (roundEnd == wasRoundEnd) {
            return Uni.createFrom().voidItem();
        }
        return schedules.findById(c.id).chain(existing -> {
            if (!roundEnd) {
                if (existing != null) {
                    existing.nextSearchAt = null;
                }
                return Uni.createFrom().voidItem();
            }
            RoundEndSearch s = existing != null ? existing : new RoundEndSearch();
            Instant now = clock.instant();
            s.caseId = c.id;
            s.concludedAt = now;
            s.searchesUntil = config.searchHorizon().after(now);
            s.nextSearchAt = config.searchInterval().after(now);
            s.searchesDone = 0;
            s.lastSearchAt = null;
            return existing != null ? Uni.createFrom().voidItem() : schedules.persist(s).replaceWithVoid();
        });
    }

    @Scheduled(every = "${lianxi.round-end.sweep-every:10m}", delayed = "${lianxi.round-end.sweep-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().invoke(n -> {
            if (n > 0) {
                LOG.infof("终本 searches requested: %d", n);
            }
        }).onFailure().invoke(e -> LOG.warnf("终本 search sweep failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Requests every due search; how many. */
    public Uni<Integer> sweep() {
        return spans.traced("round-end-search", () -> drain(clock.instant()));
    }

    private Uni<Integer> drain(Instant now) {
        return Panache.withSession(() -> schedules.dueCases(now, BATCH)).chain(ids -> searchEach(ids, now)
                .chain(done -> ids.size() < BATCH ? Uni.createFrom().item(done)
                        : drain(now).map(more -> done + more)));
    }

    private Uni<Integer> searchEach(List<UUID> ids, Instant now) {
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(() -> searchOne(id, now)))
                .collect().asList().map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> searchOne(UUID caseId, Instant now) {
        return cases.findByIdForUpdate(caseId).chain(c -> schedules.claimDue(caseId, now).chain(s -> {
            if (s == null) {
                return Uni.createFrom().item(false);
            }
            if (c == null || !isRoundEnd(c)) {
                s.nextSearchAt = null;
                return Uni.createFrom().item(false);
            }
            int n = s.searchesDone + 1;
            String requestId = requestId(caseId, n);
            CaseChange change = CaseChange.of(c).step("终本后定期查询 scheduled nationwide asset search #" + n
                    + " after 终本 (法〔2016〕373号 art. 9)",
                    new CaseEventDetail.AssetInquiryRequested(null, requestId, null, null, true));
            return writer.write(change, requestId, ACTOR)
                    .call(() -> audit.append(ACTOR, "round-end.search", c.id.toString(),
                            "search=" + n + "; requestId=" + requestId))
                    .invoke(() -> advance(s, n, now))
                    .replaceWith(true);
        }));
    }

    /** The next slot of the schedule after {@code now}; slots missed while the platform was down are not repeated. */
    private void advance(RoundEndSearch s, int n, Instant now) {
        s.searchesDone = n;
        s.lastSearchAt = now;
        Instant next = config.searchInterval().after(s.nextSearchAt);
        while (!next.isAfter(now)) {
            next = config.searchInterval().after(next);
        }
        s.nextSearchAt = next.isAfter(s.searchesUntil) ? null : next;
    }

    /** Stable per case and search, so liaison can deduplicate on it. */
    static String requestId(UUID caseId, int n) {
        return "round-end-search-" + UUID.nameUUIDFromBytes((caseId + "|" + n).getBytes(StandardCharsets.UTF_8));
    }
}
