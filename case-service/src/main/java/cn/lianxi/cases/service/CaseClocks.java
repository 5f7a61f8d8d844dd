package cn.lianxi.cases.service;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.CaseClock;
import cn.lianxi.cases.ClockKind;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.config.DataCageConfig;
import cn.lianxi.cases.repository.CaseClockRepository;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.kit.tracing.JobSpans;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The data cage (数据铁笼): the clocks of every case, started, stopped and breached by its steps and its agencies'
 * outcomes as {@link ClockRules} says, in the transaction of the step; the sweep marks the clocks case-service times
 * whose term passed. The breaches are what a court's division head (执行局长) and the figures see.
 */
@ApplicationScoped
public class CaseClocks {

    private static final Logger LOG = Logger.getLogger(CaseClocks.class);

    private final CaseClockRepository clocks;
    private final DataCageConfig config;
    private final Pool pool;
    private final Clock clock;
    private final JobSpans spans;

    public CaseClocks(CaseClockRepository clocks, DataCageConfig config, Pool pool, Clock clock, JobSpans spans) {
        this.clocks = clocks;
        this.config = config;
        this.pool = pool;
        this.clock = clock;
        this.spans = spans;
    }

    /** After a step of {@code c} by {@code actor}; must run in the step's transaction. */
    Uni<Void> step(EnforcementCase c, CaseEventDetail detail, String actor, Instant now) {
        return apply(c, ClockRules.of(detail), actor, now);
    }

    /** After an agency's outcome on {@code c}; must run in the outcome's transaction. */
    Uni<Void> outcome(EnforcementCase c, ReferralOutcome o) {
        return apply(c, ClockRules.of(o), "agency:" + o.agencyId(), clock.instant());
    }

    private Uni<Void> apply(EnforcementCase c, List<ClockRules.Effect> effects, String actor, Instant now) {
        Uni<?> chain = Uni.createFrom().voidItem();
        for (ClockRules.Effect effect : effects) {
            chain = chain.chain(() -> apply(c, effect, actor, now));
        }
        return chain.replaceWithVoid();
    }

    private Uni<?> apply(EnforcementCase c, ClockRules.Effect effect, String actor, Instant now) {
        if (effect instanceof ClockRules.Start s) {
            return clocks.exists(c.id, s.kind(), s.subject()).chain(started -> started
                    ? Uni.createFrom().voidItem() : clocks.persist(started(c, s, actor, now)));
        }
        if (effect instanceof ClockRules.Stop s) {
            return clocks.stop(c.id, s.kind(), s.subject(), now);
        }
        if (effect instanceof ClockRules.Breach b) {
            return clocks.breach(c.id, b.kind(), b.subject(), b.agency(), now);
        }
        return clocks.stop(c.id, null, null, now);
    }

    private CaseClock started(EnforcementCase c, ClockRules.Start s, String actor, Instant now) {
        CaseClock k = new CaseClock();
        k.id = UUID.randomUUID();
        k.caseId = c.id;
        k.courtCode = c.courtCode;
        k.kind = s.kind();
        k.subject = s.subject();
        k.officer = actor;
        k.startedAt = now;
        k.dueAt = s.due() != null ? s.due() : switch (s.kind()) {
            case FILING_TO_FIRST_MEASURE -> config.filingToFirstMeasure().after(now);
            case FILING_TO_CONCLUSION -> config.filingToConclusion().after(now);
            case BANKRUPTCY_RULING -> config.bankruptcyRuling().after(now);
            case PROPERTY_REPORT, MEASURE_TO_ANSWER, REFUSAL_TO_POLICE_DECISION, COURT_REQUEST_TO_ANSWER -> null;
        };
        return k;
    }

    @Scheduled(every = "${lianxi.data-cage.sweep-every:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().invoke(n -> {
            if (n > 0) {
                LOG.infof("data cage: %d clocks breached their term", n);
            }
        }).onFailure().invoke(e -> LOG.warnf("data cage sweep failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Marks every running clock whose term passed as breached at its due time; how many. One statement, so the
     * sweep costs the same whatever the number of cases.
     */
    public Uni<Integer> sweep() {
        return spans.traced("data-cage-sweep", () -> pool.preparedQuery("UPDATE case_clock SET breached_at = due_at "
                + "WHERE due_at <= $1 AND stopped_at IS NULL AND breached_at IS NULL")
                .execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount()));
    }

    public Uni<List<CaseClock>> ofCase(UUID caseId) {
        return Panache.withSession(() -> clocks.ofCase(caseId));
    }

    public Uni<Page<CaseClock>> breaches(CourtScope court, ClockKind kind, int page, int size) {
        return Page.read(() -> clocks.breaches(court, kind, page, size), () -> clocks.countBreaches(court, kind));
    }
}
