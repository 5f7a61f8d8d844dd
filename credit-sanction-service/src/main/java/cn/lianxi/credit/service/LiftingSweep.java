package cn.lianxi.credit.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.kit.tracing.JobSpans;
import cn.lianxi.credit.repository.SanctionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The safety net behind "never later than three working days": expires listings whose period ended and lifts
 * whatever is still active under an open lifting duty. Runs every {@code lianxi.credit.sweep-interval}, each run
 * in a span of its own so the EXPIRED and LIFTED events it publishes carry a {@code traceparent}.
 */
@ApplicationScoped
public class LiftingSweep {

    static final String ACTOR = "credit-sanction-service:sweep";
    private static final Logger LOG = Logger.getLogger(LiftingSweep.class);
    private static final int BATCH = 200;

    private final SanctionRepository sanctions;
    private final SanctionLifting lifting;
    private final Clock clock;
    private final JobSpans spans;

    public LiftingSweep(SanctionRepository sanctions, SanctionLifting lifting, Clock clock, JobSpans spans) {
        this.sanctions = sanctions;
        this.lifting = lifting;
        this.clock = clock;
        this.spans = spans;
    }

    @Scheduled(every = "${lianxi.credit.sweep-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().invoke(n -> {
            if (n > 0) {
                LOG.infof("lifting sweep ended %d sanctions", n);
            }
        }).onFailure().invoke(e -> LOG.warnf("lifting sweep failed, next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One sweep in one transaction; returns how many sanctions it ended. */
    public Uni<Integer> sweep() {
        return spans.traced("lifting-sweep", this::sweepInOneTransaction);
    }

    private Uni<Integer> sweepInOneTransaction() {
        return Panache.withTransaction(() -> sanctions.listingsDueToExpire(PlatformClock.today(clock), BATCH)
                .chain(due -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (var listing : due) {
                        chain = chain.call(() -> lifting.expire(listing, ACTOR)).map(n -> n + 1);
                    }
                    return chain;
                })
                .chain(expired -> sanctions.openObligations(BATCH).chain(duties -> {
                    Uni<Integer> chain = Uni.createFrom().item(expired);
                    for (var duty : duties) {
                        chain = chain.chain(n -> lifting.fulfil(duty, ACTOR).map(m -> n + m));
                    }
                    return chain;
                })));
    }
}
