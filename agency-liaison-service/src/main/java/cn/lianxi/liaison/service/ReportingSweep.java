package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.lianxi.contracts.ReportEscalation;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.tracing.JobSpans;
import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.ProgressReport;
import cn.lianxi.liaison.repository.JointMeetingRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The reporting sweep (逾期未报送督办): every ended cycle of an unfinished key task without a progress report is a
 * missed report, marked once ({@code jm_missed_report}, audited {@code jm-report-missed}). The first miss makes the
 * task OVERDUE (on the office's list); a second consecutive miss ESCALATES it to the convener (牵头单位, the
 * political-legal committee; audited {@code jm-report-escalated}). Tasks are locked with SKIP LOCKED, so overlapping
 * sweeps never mark a cycle twice; a DONE task is not swept.
 */
@ApplicationScoped
public class ReportingSweep {

    private static final Logger LOG = Logger.getLogger(ReportingSweep.class);
    private static final String ACTOR = "reporting-sweep";
    private static final int BATCH = 200;
    /** At most this many ended cycles of one task per sweep; the rest the next sweep (bounded transactions). */
    private static final int CYCLES_PER_TASK = 100;

    private final JointMeetingRepository repository;
    private final ReportingCycles cycles;
    private final AuditLog audit;
    private final Clock clock;
    private final JobSpans spans;

    public ReportingSweep(JointMeetingRepository repository, ReportingCycles cycles, AuditLog audit, Clock clock,
            JobSpans spans) {
        this.repository = repository;
        this.cycles = cycles;
        this.audit = audit;
        this.clock = clock;
        this.spans = spans;
    }

    @Scheduled(every = "${lianxi.joint-meeting.sweep-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().invoke(n -> {
            if (n > 0) {
                LOG.infof("reporting sweep: %d missed reports", n);
            }
        }).replaceWithVoid();
    }

    /** Marks every ended, unreported cycle; returns how many missed reports it marked. */
    public Uni<Integer> sweep() {
        return spans.traced("joint-meeting-sweep", this::drain);
    }

    private Uni<Integer> drain() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> convener().chain(convener -> repository.lockDueForSweep(now, BATCH)
                .chain(tasks -> Multi.createFrom().iterable(tasks)
                        .onItem().transformToUniAndConcatenate(t -> sweepTask(t, now, convener))
                        .collect().asList()
                        .map(counts -> new int[] {tasks.size(), counts.stream().mapToInt(Integer::intValue).sum()}))))
                .chain(r -> r[0] < BATCH ? Uni.createFrom().item(r[1]) : drain().map(more -> r[1] + more));
    }

    private Uni<String> convener() {
        return MemberUnit.<MemberUnit>find("role", "CONVENER").firstResult().map(m -> m == null ? null : m.id);
    }

    private Uni<Integer> sweepTask(KeyTask t, Instant now, String convener) {
        return ProgressReport.<ProgressReport>find("taskId = ?1 and cycle > ?2", t.id, t.sweptCycles).list()
                .map(reports -> reports.stream().map(p -> p.cycle).collect(Collectors.toSet()))
                .chain(reported -> nextCycle(t, now, convener, reported, 0, 0));
    }

    /** Looks at cycle {@code sweptCycles + 1} if it has ended, then the next. */
    private Uni<Integer> nextCycle(KeyTask t, Instant now, String convener, Set<Integer> reported, int looked,
            int marked) {
        if (t.nextSweepAt.isAfter(now) || looked >= CYCLES_PER_TASK) {
            return Uni.createFrom().item(marked);
        }
        int cycle = t.sweptCycles + 1;
        t.sweptCycles = cycle;
        t.nextSweepAt = cycles.end(t, cycle + 1);
        if (reported.contains(cycle)) {
            t.consecutiveMissed = 0;
            t.escalation = ReportEscalation.NONE;
            return nextCycle(t, now, convener, reported, looked + 1, marked);
        }
        ReportEscalation before = t.escalation;
        t.consecutiveMissed++;
        t.missedTotal++;
        t.escalation = t.consecutiveMissed >= 2 ? ReportEscalation.ESCALATED : ReportEscalation.OVERDUE;
        return repository.markMissed(t, cycle, cycles.start(t, cycle), cycles.end(t, cycle), t.escalation.name(), now)
                .call(fresh -> !fresh ? Uni.createFrom().voidItem() : audit.append(ACTOR, "jm-report-missed",
                        t.id.toString(), "cycle=" + cycle + " unit=" + t.ownerUnit + " escalation=" + t.escalation))
                .call(fresh -> !fresh || before == ReportEscalation.ESCALATED
                        || t.escalation != ReportEscalation.ESCALATED ? Uni.createFrom().voidItem()
                        : audit.append(ACTOR, "jm-report-escalated", t.id.toString(), "convener=" + convener
                                + " unit=" + t.ownerUnit + " missed=" + t.consecutiveMissed))
                .chain(fresh -> nextCycle(t, now, convener, reported, looked + 1, marked + (fresh ? 1 : 0)));
    }
}
